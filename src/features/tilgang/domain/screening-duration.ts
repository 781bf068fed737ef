/**
 * The longest screening duration (Noark 5 skjermingsvarighet) taken, in
 * years. The longest the law knows is 100 years (e.g. personnel and health
 * records, arkivforskriften); twice that still catches a typed-in date or a
 * slip of the keyboard as the mistake it is.
 */
export const MAX_SKJERMING_VARIGHET = 200;
