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
 * record is no longer in the case. A record of these types with no write-off
 * is a backlog item (restanse) and keeps its case from being closed.
 * `awaitingWriteOffSql` (../restanse-sql.ts) is its SQL twin.
 */
export const WRITE_OFF_TYPES = ['I', 'N'] as const;

export function awaitsWriteOff(r: { journalposttype: string; journalstatus: string; avskrevet: boolean }): boolean {
  return (WRITE_OFF_TYPES as readonly string[]).includes(r.journalposttype) && r.journalstatus !== 'U' && !r.avskrevet;
}
