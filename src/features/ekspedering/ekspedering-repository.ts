import { sql, type Insertable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import { MOTTAKERTYPER } from './domain/kanal.js';
import type { EkspederingTable } from './tables.js';

/** At most this many recipients are dispatched to one by one; a larger mailing is one group recipient (GM). */
export const MAX_MOTTAKERE = 1_000;

/** Dispatch per recipient (migration 0061): the only SQL of the dispatch core. */
export const ekspederingRepository = {
  /** A record's recipients (EM, EK, GM, IM, IK), in the order they were added (by name within one step); at most MAX_MOTTAKERE + 1, so a caller sees too many. */
  recipients(tx: Tx, orgId: string, journalpostId: string) {
    return tx
      .selectFrom('korrespondansepart')
      .select([
        'id',
        'korrespondanseparttype',
        'navn',
        'organisasjonsnummer',
        'foedselsnummer',
        'epostadresse',
        'postadresse',
        'saksbehandler_id',
        'administrativ_enhet_id',
      ])
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .where('korrespondanseparttype', 'in', MOTTAKERTYPER)
      .orderBy('opprettet_dato')
      .orderBy('navn')
      .orderBy('id')
      .limit(MAX_MOTTAKERE + 1)
      .execute();
  },

  insert(tx: Tx, rows: readonly Insertable<EkspederingTable>[]) {
    if (rows.length === 0) return Promise.resolve([]);
    return tx.insertInto('ekspedering').values(rows).returning(['id', 'korrespondansepart_id', 'kanal', 'status']).execute();
  },

  /** A record's dispatch rows with each recipient's name (the record page and the channels' jobs). */
  ofRecord(tx: Tx, orgId: string, journalpostId: string) {
    return tx
      .selectFrom('ekspedering as e')
      .innerJoin('korrespondansepart as k', 'k.id', 'e.korrespondansepart_id')
      .select([
        'e.id',
        'e.korrespondansepart_id',
        'k.navn',
        'k.skjermet',
        'e.kanal',
        'e.status',
        'e.ekspedert_dato',
        'e.sendt_dato',
        'e.forsendelse_referanse',
        'e.feilmelding',
      ])
      .where('e.organisasjon_id', '=', orgId)
      .where('e.journalpost_id', '=', journalpostId)
      .orderBy('k.opprettet_dato')
      .orderBy('k.navn')
      .orderBy('k.id')
      .limit(MAX_MOTTAKERE)
      .execute();
  },

  /** One dispatch row, locked: a channel's job reports on it. */
  findForUpdate(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('ekspedering')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
  },

  /** Marks a row sent (once) or failed; returns how many of the record's rows are still not sent. */
  async report(
    tx: Tx,
    orgId: string,
    id: string,
    result: { status: 'sendt'; referanse: string | null } | { status: 'feilet'; feilmelding: string },
  ) {
    const row = await tx
      .updateTable('ekspedering')
      .set(
        result.status === 'sendt'
          ? { status: 'sendt', sendt_dato: sql<Date>`now()`, forsendelse_referanse: result.referanse, feilmelding: null }
          : { status: 'feilet', feilmelding: result.feilmelding },
      )
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .where('status', '<>', 'sendt')
      .returning(['journalpost_id'])
      .executeTakeFirst();
    if (!row) return null;
    const left = await tx
      .selectFrom('ekspedering')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', row.journalpost_id)
      .where('status', '<>', 'sendt')
      .executeTakeFirstOrThrow();
    return { journalpostId: row.journalpost_id, ikkeSendt: Number(left.n) };
  },
};
