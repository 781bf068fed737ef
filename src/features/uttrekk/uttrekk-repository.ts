import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';
import type { ArkivuttrekkFase } from './tables.js';

type Db = Kysely<DB> | Tx;

export interface NewRun {
  /** Given when the caller must know it first (the package's folder is named by it). */
  id?: string | undefined;
  organisasjonId: string;
  arkivdelIder: readonly string[];
  periodeFra: string | null;
  periodeTil: string | null;
  utdataKatalog: string;
  opprettetAv: string;
  /** 'venter' when a job will carry it out. */
  fase?: ArkivuttrekkFase | undefined;
}

export interface Progress {
  fase: ArkivuttrekkFase;
  registreringer: number;
  totalt: number;
  dokumentfiler: number;
}

/** The job type that carries out a run asked for in the web client (its key is the run's id). */
export const UTTREKK_JOB = 'arkivuttrekk';

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
        ...(run.id ? { id: run.id } : {}),
        ...(run.fase ? { fase: run.fase } : {}),
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
        fase: 'ferdig',
        framdrift_registreringer: sql<number>`framdrift_totalt`,
        framdrift_dokumentfiler: result.antallDokumentfiler,
        sist_aktiv: sql<Date>`now()`,
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

  /** How far a running run has come; also its sign of life (sist_aktiv). */
  async setProgress(tx: Db, organisasjonId: string, id: string, p: Progress): Promise<void> {
    await tx
      .updateTable('arkivuttrekk')
      .set({
        fase: p.fase,
        framdrift_registreringer: p.registreringer,
        framdrift_totalt: p.totalt,
        framdrift_dokumentfiler: p.dokumentfiler,
        sist_aktiv: sql<Date>`now()`,
      })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .where('status', '=', 'pågår')
      .execute();
  },

  /**
   * Locks the arkivdeler's rows for the rest of the transaction, so that two
   * requests to extract the same arkivdel are taken one after the other.
   */
  async lockArkivdeler(tx: Db, organisasjonId: string, arkivdelIder: readonly string[]): Promise<void> {
    if (arkivdelIder.length === 0) return;
    await tx
      .selectFrom('arkivdel')
      .select('id')
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', 'in', arkivdelIder)
      .orderBy('id')
      .forUpdate()
      .execute();
  },

  /**
   * Runs still going ('pågår') not heard from for `silentSeconds` and with no
   * job waiting or running to carry them out are marked failed: their
   * process died (a CLI run killed, a job row gone). A job's run is the
   * job's to end. Null organisation: every organisation's (owner connection).
   */
  async failAbandoned(tx: Db, organisasjonId: string | null, silentSeconds: number, feilmelding: string): Promise<number> {
    let q = tx
      .updateTable('arkivuttrekk as u')
      .set({ status: 'feilet', fullfoert_dato: sql<Date>`now()`, feilmelding })
      .where('u.status', '=', 'pågår')
      .where(sql<boolean>`coalesce(u.sist_aktiv, u.startet_dato) < now() - make_interval(secs => ${silentSeconds})`)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('jobb as j')
              .select('j.id')
              .where('j.type', '=', UTTREKK_JOB)
              .where(sql<boolean>`j.nokkel = u.id::text`)
              .where('j.status', 'in', ['venter', 'kjorer']),
          ),
        ),
      );
    if (organisasjonId) q = q.where('u.organisasjon_id', '=', organisasjonId);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** The short names of these arkivdeler that a run still going covers. */
  async runningFor(tx: Db, organisasjonId: string, arkivdelIder: readonly string[]): Promise<string[]> {
    if (arkivdelIder.length === 0) return [];
    const rows = await tx
      .selectFrom('arkivuttrekk_arkivdel as ua')
      .innerJoin('arkivuttrekk as u', (join) =>
        join.onRef('u.id', '=', 'ua.arkivuttrekk_id').onRef('u.organisasjon_id', '=', 'ua.organisasjon_id'),
      )
      .innerJoin('arkivdel as d', (join) => join.onRef('d.id', '=', 'ua.arkivdel_id').onRef('d.organisasjon_id', '=', 'ua.organisasjon_id'))
      .select('d.kortnavn')
      .distinct()
      .where('ua.organisasjon_id', '=', organisasjonId)
      .where('ua.arkivdel_id', 'in', arkivdelIder)
      .where('u.status', '=', 'pågår')
      .execute();
    return rows.map((r) => r.kortnavn);
  },

  /** The arkivdeler a run covers, by id. */
  async arkivdelIder(tx: Db, organisasjonId: string, id: string): Promise<string[]> {
    const rows = await tx
      .selectFrom('arkivuttrekk_arkivdel')
      .select('arkivdel_id')
      .where('organisasjon_id', '=', organisasjonId)
      .where('arkivuttrekk_id', '=', id)
      .execute();
    return rows.map((r) => r.arkivdel_id);
  },

  /** The organisation's runs, newest first, with the short names of the arkivdeler each covers (two statements). */
  async list(tx: Db, organisasjonId: string, filter: { arkivdelId?: string | undefined; limit: number }) {
    let q = tx.selectFrom('arkivuttrekk as u').selectAll('u').where('u.organisasjon_id', '=', organisasjonId);
    if (filter.arkivdelId) {
      q = q.where(({ exists, selectFrom }) =>
        exists(
          selectFrom('arkivuttrekk_arkivdel as ua')
            .select('ua.arkivdel_id')
            .whereRef('ua.arkivuttrekk_id', '=', 'u.id')
            .whereRef('ua.organisasjon_id', '=', 'u.organisasjon_id')
            .where('ua.arkivdel_id', '=', filter.arkivdelId!),
        ),
      );
    }
    const runs = await q.orderBy('u.startet_dato', 'desc').orderBy('u.id').limit(filter.limit).execute();
    return {
      runs,
      arkivdeler: await arkivdelerOf(
        tx,
        organisasjonId,
        runs.map((r) => r.id),
      ),
    };
  },

  arkivdelerOf,
};

/** Each run's arkivdeler (id and short name), in one statement. */
async function arkivdelerOf(tx: Db, organisasjonId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return tx
    .selectFrom('arkivuttrekk_arkivdel as ua')
    .innerJoin('arkivdel as d', (join) => join.onRef('d.id', '=', 'ua.arkivdel_id').onRef('d.organisasjon_id', '=', 'ua.organisasjon_id'))
    .select(['ua.arkivuttrekk_id', 'd.id', 'd.kortnavn', 'd.tittel'])
    .where('ua.organisasjon_id', '=', organisasjonId)
    .where('ua.arkivuttrekk_id', 'in', ids)
    .orderBy('d.kortnavn')
    .execute();
}
