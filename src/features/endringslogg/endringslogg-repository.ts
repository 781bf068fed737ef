import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
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

/** The objects whose entries belong to another's history: a case's parties, a record's correspondence parties, a user's role assignments. */
const PARTS_OF = {
  part: 'saksmappe_id',
  korrespondansepart: 'journalpost_id',
  rolletildeling: 'bruker_id',
} as const;

/** Whose log: one object, and the parts that belong to it (their entries are part of its history). */
export interface LogScope {
  objektId: string;
  parts?: keyof typeof PARTS_OF | undefined;
}

export const endringsloggRepository = {
  async append(tx: Tx, objektType: string, objektId: string, changes: readonly FieldChange[]): Promise<void> {
    if (changes.length === 0) return;
    await sql`SELECT skriv_endringslogg(${objektType}, ${objektId}::uuid, ${JSON.stringify(changes)}::jsonb)`.execute(tx);
  },

  /**
   * One page of the log of an object and, optionally, of its parts (found
   * by subquery, so a case with thousands of parts is still one statement),
   * oldest first, with the total.
   */
  async pageForObject(tx: Tx, organisasjonId: string, scope: LogScope, page: Window) {
    const q = tx
      .selectFrom('endringslogg')
      .where('organisasjon_id', '=', organisasjonId)
      .where((eb) => {
        const own = eb('objekt_id', '=', scope.objektId);
        if (!scope.parts) return own;
        const table = scope.parts;
        const parts = eb
          .selectFrom(table)
          .select(sql.ref<string>(`${table}.id`).as('id'))
          .where(sql.ref(`${table}.organisasjon_id`), '=', organisasjonId)
          .where(sql.ref(`${table}.${PARTS_OF[table]}`), '=', scope.objektId);
        return eb.or([own, eb('objekt_id', 'in', parts)]);
      });
    const [rows, count] = await Promise.all([
      q.select(COLUMNS).orderBy('id').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },
};
