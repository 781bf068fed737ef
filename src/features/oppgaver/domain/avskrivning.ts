/**
 * Ways of writing off (avskrivningsmåte), product §3 and seed 002 10.8: BU
 * besvart med utgående brev, TE tatt til etterretning, TO tatt til orientering,
 * TLF besvart på telefon (with a note of what was said), BE besvart med e-post,
 * BN besvart med notat, SA sak avsluttet.
 */
export const AVSKRIVNINGSMAATER = ['BU', 'TE', 'TO', 'TLF', 'BE', 'BN', 'SA'] as const;
export type Avskrivningsmaate = (typeof AVSKRIVNINGSMAATER)[number];

/** A telephone answer leaves no document, so what was said goes in the note. */
export const needsNote = (m: Avskrivningsmaate) => m === 'TLF';
