import { DomainError } from '../../../shared/errors.js';

/**
 * The secure zone's second step (seed 001: «sikker sone har en egen sikker
 * innlogging»): a recent password re-entry or OIDC step-up, valid for a short
 * while. `until` is the session's sikker_sone_til; API tokens and sessions
 * that never stepped up have none.
 */
export function isSteppedUp(until: Date | null | undefined, now: Date): boolean {
  return until != null && until.getTime() > now.getTime();
}

/** When a second step taken at `now` stops opening the secure zone. */
export function stepUpExpiry(now: Date, minutes: number): Date {
  return new Date(now.getTime() + minutes * 60_000);
}

export const stepUpRequired = () =>
  new DomainError('STEP_UP_REQUIRED', {
    nb: 'Dokumentet ligger i sikker sone. Bekreft med passordet ditt for å åpne det.',
    en: 'The document is in the secure zone. Confirm with your password to open it.',
  });

export function checkSteppedUp(until: Date | null | undefined, now: Date): void {
  if (!isSteppedUp(until, now)) throw stepUpRequired();
}
