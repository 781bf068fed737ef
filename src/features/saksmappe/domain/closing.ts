import type { Message } from '../../../shared/errors.js';
import type { Saksstatus } from '../../noark/domain/index.js';

/** How many outstanding records a refusal names (the closing check lists them all, paged by the UI's link). */
export const NAMED_IN_REFUSAL = 10;

/**
 * The words of the closing routine (seed 001, «Rutine for avslutning av
 * saker»; seed 002 6.1) for the status steps a person may take on a case:
 * the case worker asks (B → S, «Ønskes avsluttet»), the archive closes
 * (S/B → A) or sends back (S → B), and only the archive reopens (A → B).
 */
export const CLOSING_STEPS = ['be-om-avslutning', 'avslutt', 'send-tilbake', 'gjenaapne', 'kvalitetssikret'] as const;
export type ClosingStep = (typeof CLOSING_STEPS)[number];

export function closingStep(from: Saksstatus, to: Saksstatus): ClosingStep | null {
  if (to === 'S') return 'be-om-avslutning';
  if (to === 'A') return 'avslutt';
  if (from === 'S' && to === 'B') return 'send-tilbake';
  if (from === 'A' && to === 'B') return 'gjenaapne';
  if (from === 'R' && to === 'B') return 'kvalitetssikret';
  return null;
}

/** «… Ikke avskrevet: 2026/12-1, 2026/12-3 (og 4 til).» — what a refused request still has open. */
export function outstandingText(ids: readonly string[], total: number): Message {
  const more = total - ids.length;
  return {
    nb: ` Ikke avskrevet: ${ids.join(', ')}${more > 0 ? ` (og ${more} til)` : ''}.`,
    en: ` Not written off: ${ids.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}.`,
  };
}
