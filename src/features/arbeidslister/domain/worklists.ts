import type { Rolle } from '../../../shared/roles.js';
import { addDays } from '../../saksmappe/oslo-calendar.js';

/**
 * The worklists (issue 13 item 5; seed 002 9.3, 10.1, 10.7, 10.8, 10.12;
 * product §3, §5): for the case worker «Ubesvarte» (incoming post and notes
 * to answer), «Kopier» (copies to read), «Mine saker», «Restanser» (their I
 * and N records not written off), «OBS-dato» (their cases with an OBS date
 * passed or within 5 days); for the leader also «Til fordeling» (their
 * unit's); for the archive its queue (the case workers' messages), records
 * in M, and its quality control (issue 14 item 7; seed 001 fase 4): new
 * cases in R, records finished (F) or dispatched (E) to journalføre, and
 * cases whose owner asked for closing (S, «Ønskes avsluttet»). The approval
 * routine (src/features/godkjenning): «Til godkjenning» (documents the reader
 * is to approve or review now) and «Svar fra godkjenning» (the answers on
 * what the reader sent).
 * «Feilet ekspedering» (issue 14 item 6): the case worker's own records
 * whose dispatch failed for a recipient.
 * «Forfalte innsynskrav» (issue 15 item 3): the archive's follow-up of access
 * requests not answered by their legal deadline (the case owners have theirs
 * in «Ubesvarte»).
 */
export const ARBEIDSLISTER = [
  'ubesvarte',
  'til-fordeling',
  'kopier',
  'mine-saker',
  'restanser',
  'obs-dato',
  'arkivets-ko',
  'midlertidige',
  'nye-saker',
  'til-godkjenning',
  'svar-fra-godkjenning',
  'til-journalforing',
  'onskes-avsluttet',
  'feilet-ekspedering',
  'forfalte-innsynskrav',
] as const;
export type Arbeidsliste = (typeof ARBEIDSLISTER)[number];

const CASE_WORKER: readonly Arbeidsliste[] = [
  'ubesvarte',
  'kopier',
  'mine-saker',
  'restanser',
  'obs-dato',
  // Anyone doing case work may be asked to review; approvers are leaders.
  'til-godkjenning',
  'svar-fra-godkjenning',
  'feilet-ekspedering',
];

/** Which lists a role has: its work. Read-only roles and the system owner have none. */
export function worklistsOf(rolle: Rolle): readonly Arbeidsliste[] {
  switch (rolle) {
    case 'SB':
    case 'MS':
      return CASE_WORKER;
    case 'LED':
    case 'SF':
      return ['til-fordeling', ...CASE_WORKER];
    case 'ARK':
      return ['arkivets-ko', 'midlertidige', 'nye-saker', 'til-journalforing', 'onskes-avsluttet', 'kopier', 'forfalte-innsynskrav'];
    default:
      return [];
  }
}

/** Seed 001/002: «red flag» when the date has passed or is less than 5 days away (also the OBS-dato list's reach). */
export const VARSEL_DAGER = 5;

/** The last date that is flagged red today: a due or OBS date on or before it. */
export const redUpTo = (today: string) => addDays(today, VARSEL_DAGER);

export function isRed(dato: string | null, today: string): boolean {
  return dato !== null && dato <= redUpTo(today);
}
