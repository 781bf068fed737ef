import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';

type Db = Kysely<DB> | Tx;

export interface NewRun {
  organisasjonId: string;
  arkivdelIder: readonly string[];
  periodeFra: string | null;
  periodeTil: string | null;
  utdataKatalog: string;
  opprettetAv: string;
}

export interface RunResult {
  antallMapper: number;
  antallRegistreringer: number;
  antallDokumentfiler: number;
  sjekksumArkivuttrekk: string;
}

/**
 * Is the arkivdel in a finished extraction (arkivuttrekk 'fullført')? Disposal
 * (krav 6.1) may only remove what has been deposited. A run limited to a
 * period (--from/--to, krav 6.4.14) covers only part of an arkivdel and does
 * not count.
 */
export async function isArkivdelExtracted(tx: Db, organisasjonId: string, arkivdelId: string): Promise<boolean> {
  const row = await tx
    .selectFrom('arkivuttrekk_arkivdel as ua')
    .innerJoin('arkivuttrekk as u', (join) =>
      join.onRef('u.id', '=', 'ua.arkivuttrekk_id').onRef('u.organisasjon_id', '=', 'ua.organisasjon_id'),
    )
    .select('u.id')
    .where('ua.organisasjon_id', '=', organisasjonId)
    .where('ua.arkivdel_id', '=', arkivdelId)
    .where('u.status', '=', 'fullført')
    .where('u.periode_fra', 'is', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export const uttrekkRepository = {
  isArkivdelExtracted,

  /** Records a run as started ('pågår') with the arkivdeler it covers; its id. */
  async startRun(tx: Db, run: NewRun): Promise<string> {
    const { id } = await tx
      .insertInto('arkivuttrekk')
      .values({
        organisasjon_id: run.organisasjonId,
        periode_fra: run.periodeFra,
        periode_til: run.periodeTil,
        utdata_katalog: run.utdataKatalog,
        opprettet_av: run.opprettetAv,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (run.arkivdelIder.length > 0) {
      await tx
        .insertInto('arkivuttrekk_arkivdel')
        .values(
          run.arkivdelIder.map((arkivdelId) => ({ organisasjon_id: run.organisasjonId, arkivuttrekk_id: id, arkivdel_id: arkivdelId })),
        )
        .execute();
    }
    return id;
  },

  async finishRun(tx: Db, organisasjonId: string, id: string, result: RunResult): Promise<void> {
    await tx
      .updateTable('arkivuttrekk')
      .set({
        status: 'fullført',
        fullfoert_dato: sql<Date>`now()`,
        antall_mapper: result.antallMapper,
        antall_registreringer: result.antallRegistreringer,
        antall_dokumentfiler: result.antallDokumentfiler,
        sjekksum_arkivuttrekk: result.sjekksumArkivuttrekk,
      })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .where('status', '=', 'pågår')
      .execute();
  },

  async failRun(tx: Db, organisasjonId: string, id: string, feilmelding: string): Promise<void> {
    await tx
      .updateTable('arkivuttrekk')
      .set({ status: 'feilet', fullfoert_dato: sql<Date>`now()`, feilmelding: feilmelding.slice(0, 4000) })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .where('status', '=', 'pågår')
      .execute();
  },

  /** The self-check's result (issue 17 item 5) on a run. */
  async setSelvkontroll(tx: Db, organisasjonId: string, id: string, resultat: unknown): Promise<void> {
    await tx
      .updateTable('arkivuttrekk')
      .set({ selvkontroll: JSON.stringify(resultat) })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .execute();
  },

  async findRun(tx: Db, organisasjonId: string, id: string) {
    return tx.selectFrom('arkivuttrekk').selectAll().where('organisasjon_id', '=', organisasjonId).where('id', '=', id).executeTakeFirst();
  },
};
