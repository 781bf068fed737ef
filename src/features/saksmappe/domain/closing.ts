import type { Message } from '../../../shared/errors.js';

/** How many outstanding records a refusal names (the closing check lists them all, paged by the UI's link). */
export const NAMED_IN_REFUSAL = 10;

/** «… Ikke avskrevet: 2026/12-1, 2026/12-3 (og 4 til).» — what a refused request still has open. */
export function outstandingText(ids: readonly string[], total: number): Message {
  const more = total - ids.length;
  return {
    nb: ` Ikke avskrevet: ${ids.join(', ')}${more > 0 ? ` (og ${more} til)` : ''}.`,
    en: ` Not written off: ${ids.join(', ')}${more > 0 ? ` (and ${more} more)` : ''}.`,
  };
}
