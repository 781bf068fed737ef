import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { pageOf } from '../../db/page-of.js';
import type { Window } from '../../shared/paging.js';
import type { FieldChange } from '../noark/domain/index.js';

/**
 * The change log is append-only and written by the database: triggers log
 * the objects it sees in columns, and `skriv_endringslogg` logs the rest with
 * the transaction's actor and the database clock (ADR 0003).
 */
const COLUMNS = [
  'id',
  'objekt_type',
  'objekt_id',
  'felt',
  'tidligere_verdi',
  'ny_verdi',
  'endret_dato',
  'endret_av',
  'endret_av_navn',
] as const;

/**
 * The objects whose entries belong to another's history, by the columns that
 * name the owner: a case's parties; a record's correspondence parties,
 * write-offs, dispatch per recipient and answer links (both the answer's and
 * the answered record's) and the access-request decisions on it; a user's
 * role assignments.
 */
const PARTS_OF = {
  part: ['saksmappe_id'],
  korrespondansepart: ['journalpost_id'],
  avskrivning: ['journalpost_id'],
  ekspedering: ['journalpost_id'],
  besvarelse: ['svar_journalpost_id', 'besvart_journalpost_id'],
  innsynskrav_del: ['journalpost_id'],
  rolletildeling: ['bruker_id'],
} as const;

/** Whose log: one object, and the parts that belong to it (their entries are part of its history). */
export interface LogScope {
  objektId: string;
  parts?: readonly (keyof typeof PARTS_OF)[] | undefined;
}

export const endringsloggRepository = {
  async append(tx: Tx, objektType: string, objektId: string, changes: readonly FieldChange[]): Promise<void> {
    if (changes.length === 0) return;
    await sql`SELECT skriv_endringslogg(${objektType}, ${objektId}::uuid, ${JSON.stringify(changes)}::jsonb)`.execute(tx);
  },

  /**
   * One page of the log of an object and, optionally, of its parts (found
   * by subquery, so a case with thousands of parts is still one statement),
   * oldest first, with the total (in the same statement).
   */
  async pageForObject(tx: Tx, organisasjonId: string, scope: LogScope, page: Window) {
    // One list of ids (the object, then its parts by subquery), so the (organisasjon_id, objekt_id) index
    // serves each; «= x OR IN (…)» made the planner walk the whole log in id order instead.
    // Each owner column is its own branch, each served by the index that leads with it.
    const branches = (scope.parts ?? []).flatMap((table) =>
      PARTS_OF[table].map(
        (column) => sql`SELECT x.id FROM ${sql.table(table)} x
          WHERE x.organisasjon_id = ${organisasjonId} AND ${sql.ref(`x.${column}`)} = ${scope.objektId}`,
      ),
    );
    const ids = sql`(SELECT ${scope.objektId}::uuid${sql.join(
      branches.map((b) => sql` UNION ALL ${b}`),
      sql``,
    )})`;
    const q = tx
      .selectFrom('endringslogg')
      .where('organisasjon_id', '=', organisasjonId)
      .where(sql<boolean>`objekt_id IN ${ids}`);
    return pageOf(q.select(COLUMNS).orderBy('id'), page);
  },
};
