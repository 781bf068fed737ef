import type { Tx } from '../../db/tenant.js';
import type { FieldChange } from '../noark/domain/index.js';

export interface LogEntryInput {
  organisasjonId: string;
  objektType: string;
  objektId: string;
  endretAv: string;
  endretAvNavn: string;
  changes: readonly FieldChange[];
}

/** The change log is append-only: rows are inserted in the same transaction as the change, never updated. */
export const endringsloggRepository = {
  async append(tx: Tx, entry: LogEntryInput): Promise<void> {
    if (entry.changes.length === 0) return;
    await tx
      .insertInto('endringslogg')
      .values(
        entry.changes.map((c) => ({
          organisasjon_id: entry.organisasjonId,
          objekt_type: entry.objektType,
          objekt_id: entry.objektId,
          felt: c.felt,
          tidligere_verdi: c.tidligereVerdi,
          ny_verdi: c.nyVerdi,
          endret_av: entry.endretAv,
          endret_av_navn: entry.endretAvNavn,
        })),
      )
      .execute();
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
