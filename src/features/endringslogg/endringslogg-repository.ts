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

/** Whose log: one object, and the parts that belong to it (their entries are part of its history). */
export interface LogScope {
  objektId: string;
  /** A case's parties (`part`) or a record's correspondence parties (`korrespondansepart`). */
  parts?: 'part' | 'korrespondansepart' | undefined;
}

export const endringsloggRepository = {
  async append(tx: Tx, objektType: string, objektId: string, changes: readonly FieldChange[]): Promise<void> {
    if (changes.length === 0) return;
    await sql`SELECT skriv_endringslogg(${objektType}, ${objektId}::uuid, ${JSON.stringify(changes)}::jsonb)`.execute(tx);
  },

  listForObject(tx: Tx, organisasjonId: string, objektId: string) {
    return tx
      .selectFrom('endringslogg')
      .select(['id', 'objekt_type', 'objekt_id', 'felt', 'tidligere_verdi', 'ny_verdi', 'endret_dato', 'endret_av', 'endret_av_navn'])
      .where('organisasjon_id', '=', organisasjonId)
      .where('objekt_id', '=', objektId)
      .orderBy('id')
      .execute();
  },

  /**
   * One page of the log of an object and, optionally, of its parts (a
   * case's `part`, a record's `korrespondansepart`, found by subquery, so a
   * case with thousands of parts is still one statement), oldest first,
   * with the total.
   */
  async pageForObject(tx: Tx, organisasjonId: string, scope: LogScope, page: Window) {
    const q = tx
      .selectFrom('endringslogg')
      .where('organisasjon_id', '=', organisasjonId)
      .where((eb) => {
        const own = eb('objekt_id', '=', scope.objektId);
        if (scope.parts === 'part') {
          const parts = eb.selectFrom('part as p').select('p.id').where('p.organisasjon_id', '=', organisasjonId);
          return eb.or([own, eb('objekt_id', 'in', parts.where('p.saksmappe_id', '=', scope.objektId))]);
        }
        if (scope.parts === 'korrespondansepart') {
          const parts = eb.selectFrom('korrespondansepart as k').select('k.id').where('k.organisasjon_id', '=', organisasjonId);
          return eb.or([own, eb('objekt_id', 'in', parts.where('k.journalpost_id', '=', scope.objektId))]);
        }
        return own;
      });
    const [rows, count] = await Promise.all([
      q.select(COLUMNS).orderBy('id').limit(page.limit).offset(page.offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(count.n) };
  },

  /** The log of several objects (a record and its correspondence parties), oldest first. */
  listForObjects(tx: Tx, organisasjonId: string, objektIds: readonly string[]) {
    return tx
      .selectFrom('endringslogg')
      .select(['id', 'objekt_type', 'objekt_id', 'felt', 'tidligere_verdi', 'ny_verdi', 'endret_dato', 'endret_av', 'endret_av_navn'])
      .where('organisasjon_id', '=', organisasjonId)
      .where('objekt_id', 'in', objektIds)
      .orderBy('id')
      .execute();
  },
};
