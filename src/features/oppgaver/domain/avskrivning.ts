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

/**
 * Seed 001, «Rutine for restanseoppfølging»: «Sikre at inngående brev (I) og
 * N-notater blir ferdig saksbehandlet»; X notes need no follow-up and a void
 * record is no longer in the case. A record of these types that is not
 * written off is a backlog item (restanse) and keeps its case from being
 * closed. `awaitingPartsSql` / `awaitingWriteOffSql` (../restanse-sql.ts) are
 * its SQL twins.
 */
export const WRITE_OFF_TYPES = ['I', 'N'] as const;

/** What the backlog rule reads of a record. */
export interface WriteOffState {
  journalposttype: string;
  journalstatus: string;
  /** An N note's internal recipients (IM parties naming a person or unit of the organisation): their party ids. */
  mottakere: readonly string[];
  /** The record's write-offs: each names the recipient's party it is for, or null for the whole record. */
  avskrivninger: readonly (string | null)[];
}

/** A part awaiting its write-off: one internal recipient's (their party id), or the whole record's (null). */
export type AwaitingPart = string | null;

/**
 * The parts of a record that await a write-off (krav 3.4.6: an N note is
 * written off per internal recipient). An N note with internal recipients
 * awaits one part per recipient, each cleared by a write-off for that
 * recipient; an incoming record, or a note without internal recipients,
 * awaits one part for the whole record, cleared by any write-off. A
 * write-off of the whole record (its author, a leader, the archive) clears
 * every part.
 */
export function awaitingParts(r: WriteOffState): AwaitingPart[] {
  if (!(WRITE_OFF_TYPES as readonly string[]).includes(r.journalposttype) || r.journalstatus === 'U') return [];
  if (r.avskrivninger.includes(null)) return [];
  if (r.journalposttype === 'N' && r.mottakere.length > 0) return r.mottakere.filter((m) => !r.avskrivninger.includes(m));
  return r.avskrivninger.length === 0 ? [null] : [];
}

/** Whether any part of the record awaits a write-off: the closing check's question. */
export const awaitsWriteOff = (r: WriteOffState): boolean => awaitingParts(r).length > 0;
