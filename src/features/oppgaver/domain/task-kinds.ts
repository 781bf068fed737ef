import type { Message } from '../../../shared/errors.js';

/**
 * The kinds of task (oppgave) the routine creates (seed 001 phase 1, seed 002
 * 9.1, 10.1, 10.7): a unit's leader distributes, a case worker answers, a
 * copy recipient reads, the archive checks; and the case worker's messages
 * to the archive on receipt.
 */
export const OPPGAVETYPER = [
  'fordele',
  'besvare',
  'kopi',
  'kvalitetssikre',
  'feilfordelt',
  'endre',
  'merknad',
  // The approval routine (src/features/godkjenning): the current approver's or
  // reviewer's step, and the case worker's answer from the round.
  'godkjenne',
  'gjennomgaa',
  'flytsvar',
  // A dispatch that finally failed, for the record's case worker (src/features/ekspedering).
  'ekspederingsfeil',
] as const;
export type Oppgavetype = (typeof OPPGAVETYPER)[number];

/**
 * Tasks whose receiver reads the record in full, screened or not: a copy
 * recipient (seed 002, 10.7), and whoever is or was asked to approve or
 * review it (they cannot decide on what they may not read).
 */
export const READING_TASKS = ['kopi', 'godkjenne', 'gjennomgaa'] as const satisfies readonly Oppgavetype[];

/**
 * Tasks that deliver a record to its receiver to distribute or answer: they
 * read it too while it is theirs and after they dealt with it, but not once
 * they passed it on (`PASSED_ON`). This is how an internal note reaches the
 * reading of its recipients (seed 002 10.6: «notatet blir da elektronisk
 * tilgjengelig hos mottaker»), a unit's through its leaders and whoever they
 * distribute it to.
 */
export const DELIVERED_TASKS = ['besvare', 'fordele'] as const satisfies readonly Oppgavetype[];
export const PASSED_ON = 'videresendt' satisfies LukketHvordan;

/**
 * Whether a task gives its receiver the record to read (`READING_TASKS`, and
 * `DELIVERED_TASKS` not passed on). Its SQL twin is the database function
 * `tilgang_mottakere` (migration 0063), which the read rule's loaders, its
 * SQL twin and the search index ask; tests/access/read-rule-sql.test.ts
 * keeps the two equal over every kind and closing.
 */
export function givesToRead(t: { oppgavetype: Oppgavetype; lukketHvordan: LukketHvordan | null }): boolean {
  if ((READING_TASKS as readonly string[]).includes(t.oppgavetype)) return true;
  return (DELIVERED_TASKS as readonly string[]).includes(t.oppgavetype) && t.lukketHvordan !== PASSED_ON;
}

/** The case worker's checks on receipt (seed 002, 10.1 steps 2 and 4): they go to the archive's queue. */
export const ARKIVMELDINGER = ['feilfordelt', 'endre', 'merknad'] as const satisfies readonly Oppgavetype[];
export type Arkivmelding = (typeof ARKIVMELDINGER)[number];

/** How a task was closed: by the step that did its work. */
export const LUKKET_HVORDAN = [
  'fordelt',
  'videresendt',
  'lest',
  'besvart',
  'avskrevet',
  'utfoert',
  'godkjent',
  'returnert',
  'gjennomgaatt',
] as const;
export type LukketHvordan = (typeof LUKKET_HVORDAN)[number];

export const OPPGAVETYPE_NAVN: Record<Oppgavetype, Message> = {
  fordele: { nb: 'Til fordeling', en: 'To distribute' },
  besvare: { nb: 'Til besvarelse', en: 'To answer' },
  kopi: { nb: 'Kopi til orientering', en: 'Copy for information' },
  kvalitetssikre: { nb: 'Til kvalitetssikring', en: 'To quality-check' },
  feilfordelt: { nb: 'Feilfordelt', en: 'Wrongly distributed' },
  endre: { nb: 'Be arkivet endre tittel eller sak', en: 'Ask the archive to change title or case' },
  merknad: { nb: 'Merknad til arkivet', en: 'Remark to the archive' },
  godkjenne: { nb: 'Til godkjenning', en: 'For approval' },
  gjennomgaa: { nb: 'Til gjennomgang', en: 'For review' },
  flytsvar: { nb: 'Svar fra godkjenning', en: 'Answer from approval' },
  ekspederingsfeil: { nb: 'Ekspedering feilet', en: 'Dispatch failed' },
};

/** Who receives a task: one user, one unit (its leader and deputy), or the archive's queue. */
export type Mottaker = { brukerId: string } | { enhetId: string } | 'arkivet';
