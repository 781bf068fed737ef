import { sql, type Insertable } from 'kysely';
import type { AvskrivningTable } from './tables.js';
import type { Tx } from '../../db/tenant.js';
import type { NewTask } from './domain/registration-tasks.js';
import type { LukketHvordan, Oppgavetype } from './domain/task-kinds.js';

/** The job that e-mails one notification (src/features/varsler/varsel-epost-job.ts). */
export const NOTIFICATION_MAIL_JOB = 'varsel-epost';

/** A task to create; `logg` is what the record's change log says of it (null: nothing). */
export interface TaskToCreate extends NewTask {
  /** Extra text after the receiver's name in the log: a reason, a remark. */
  loggTekst?: string | null | undefined;
}

/**
 * Which change-log field a task kind is logged under on its record; none for
 * the approval routine's tasks, whose steps log themselves as dokumentflyt,
 * nor for a failed dispatch, whose status the database logs.
 */
const LOG_FIELD = sql`CASE t.oppgavetype WHEN 'kopi' THEN 'kopimottaker'
  WHEN 'feilfordelt' THEN 'tilbakemelding' WHEN 'endre' THEN 'tilbakemelding' WHEN 'merknad' THEN 'tilbakemelding'
  WHEN 'godkjenne' THEN NULL WHEN 'gjennomgaa' THEN NULL WHEN 'flytsvar' THEN NULL WHEN 'ekspederingsfeil' THEN NULL
  ELSE 'fordeling' END`;

/** Tasks (oppgave), their notifications (varsel) and the e-mail jobs of those who asked for e-mail. */
export const oppgaveRepository = {
  /**
   * Creates tasks, in one statement: the tasks; a notification for each
   * receiver but the actor (a unit's leaders and deputies for a unit's
   * task; the archive's queue notifies nobody); an e-mail job for each
   * notification whose receiver chose e-mail; and a change-log entry on the
   * record naming the receiver. Set-based, so registration pays one round trip.
   */
  async create(tx: Tx, orgId: string, actorId: string, tasks: readonly TaskToCreate[], today: string): Promise<string[]> {
    if (tasks.length === 0) return [];
    const rows = JSON.stringify(
      tasks.map((t) => ({
        oppgavetype: t.oppgavetype,
        bruker: t.mottakerBrukerId,
        enhet: t.mottakerEnhetId,
        sak: t.saksmappeId,
        jp: t.journalpostId,
        frist: t.frist,
        merknad: t.merknad,
        logg: t.loggTekst ?? t.merknad,
      })),
    );
    const result = await sql<{ id: string }>`
      WITH t AS (
        SELECT * FROM jsonb_to_recordset(${rows}::jsonb)
          AS t (oppgavetype text, bruker uuid, enhet uuid, sak uuid, jp uuid, frist date, merknad text, logg text)
      ), ny AS (
        INSERT INTO oppgave (organisasjon_id, oppgavetype, mottaker_bruker_id, mottaker_enhet_id, saksmappe_id,
          journalpost_id, frist, merknad, opprettet_av)
        SELECT ${orgId}, t.oppgavetype, t.bruker, t.enhet, t.sak, t.jp, t.frist, t.merknad, ${actorId} FROM t
        RETURNING id, mottaker_bruker_id, mottaker_enhet_id
      ), mottaker AS (
        SELECT ny.id AS oppgave_id, ny.mottaker_bruker_id AS bruker_id FROM ny WHERE ny.mottaker_bruker_id IS NOT NULL
        UNION
        SELECT ny.id, r.bruker_id FROM ny JOIN rolletildeling r ON r.administrativ_enhet_id = ny.mottaker_enhet_id
          AND r.organisasjon_id = ${orgId} AND r.rolle IN ('LED', 'SF')
          AND r.fra_dato <= ${today}::date AND (r.til_dato IS NULL OR r.til_dato >= ${today}::date)
      ), varsler AS (
        INSERT INTO varsel (organisasjon_id, bruker_id, oppgave_id)
        SELECT ${orgId}, m.bruker_id, m.oppgave_id FROM mottaker m WHERE m.bruker_id <> ${actorId}::uuid
        RETURNING id, bruker_id
      ), epost AS (
        INSERT INTO jobb (organisasjon_id, type, nokkel, data, maks_forsok)
        SELECT ${orgId}, ${NOTIFICATION_MAIL_JOB}, v.id::text, jsonb_build_object('varselId', v.id), 5
        FROM varsler v JOIN varsel_innstilling i ON i.organisasjon_id = ${orgId} AND i.bruker_id = v.bruker_id AND i.epost
        RETURNING id
      ), logg AS (
        SELECT skriv_endringslogg('journalpost', t.jp, jsonb_build_array(jsonb_build_object('felt', ${LOG_FIELD},
          'nyVerdi', concat_ws(' – ', coalesce(b.navn, e.navn, 'Arkivet'), nullif(t.logg, '')))))
        FROM t LEFT JOIN bruker b ON b.id = t.bruker
          LEFT JOIN administrativ_enhet e ON e.id = t.enhet AND e.organisasjon_id = ${orgId}
        WHERE t.jp IS NOT NULL AND ${LOG_FIELD} IS NOT NULL
      )
      SELECT ny.id, (SELECT count(*) FROM logg) AS logget, (SELECT count(*) FROM epost) AS eposter FROM ny`.execute(tx);
    return result.rows.map((r) => r.id);
  },

  /** An open task, locked for its step. */
  findOpenForUpdate(tx: Tx, orgId: string, id: string) {
    return tx
      .selectFrom('oppgave')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .where('lukket_dato', 'is', null)
      .forUpdate()
      .executeTakeFirst();
  },

  async exists(tx: Tx, orgId: string, id: string) {
    const row = await tx.selectFrom('oppgave').select('id').where('organisasjon_id', '=', orgId).where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  },

  /** The open tasks of these kinds on a record, locked. */
  openOfRecord(tx: Tx, orgId: string, journalpostId: string, typer: readonly Oppgavetype[]) {
    return tx
      .selectFrom('oppgave')
      .selectAll()
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .where('oppgavetype', 'in', typer)
      .where('lukket_dato', 'is', null)
      .orderBy('opprettet_dato')
      .forUpdate()
      .execute();
  },

  /** Closes open tasks: by ids, or every open task of these kinds on a record or a case. */
  async close(
    tx: Tx,
    orgId: string,
    /** By ids, or a record's or a case's open tasks of these kinds (on a record only one person's, for a note written off per recipient). */
    which:
      | { ids: readonly string[] }
      | { journalpostId: string; typer: readonly Oppgavetype[]; mottakerBrukerId?: string | undefined }
      | { saksmappeId: string; typer: readonly Oppgavetype[] },
    hvordan: LukketHvordan,
    actorId: string,
  ) {
    if ('ids' in which && which.ids.length === 0) return 0;
    let q = tx
      .updateTable('oppgave')
      .set({ lukket_dato: sql<Date>`now()`, lukket_av: actorId, lukket_hvordan: hvordan })
      .where('organisasjon_id', '=', orgId)
      .where('lukket_dato', 'is', null);
    if ('ids' in which) q = q.where('id', 'in', which.ids);
    else if ('journalpostId' in which) q = q.where('journalpost_id', '=', which.journalpostId).where('oppgavetype', 'in', which.typer);
    else q = q.where('saksmappe_id', '=', which.saksmappeId).where('oppgavetype', 'in', which.typer);
    if ('mottakerBrukerId' in which && which.mottakerBrukerId) q = q.where('mottaker_bruker_id', '=', which.mottakerBrukerId);
    const r = await q.executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  /** A task's notifications count as read once the task is done. */
  async markNotificationsRead(tx: Tx, orgId: string, oppgaveId: string) {
    await tx
      .updateTable('varsel')
      .set({ lest_dato: sql<Date>`now()` })
      .where('organisasjon_id', '=', orgId)
      .where('oppgave_id', '=', oppgaveId)
      .where('lest_dato', 'is', null)
      .execute();
  },

  insertAvskrivning(tx: Tx, row: Insertable<AvskrivningTable>) {
    return tx.insertInto('avskrivning').values(row).returning(['id', 'avskrivningsdato']).executeTakeFirstOrThrow();
  },

  /** Whether the person holds an open task to answer the record (a note's recipient writes off their part). */
  async holdsAnswerTask(tx: Tx, orgId: string, journalpostId: string, brukerId: string) {
    const row = await tx
      .selectFrom('oppgave')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .where('oppgavetype', '=', 'besvare')
      .where('mottaker_bruker_id', '=', brukerId)
      .where('lukket_dato', 'is', null)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },

  async isWrittenOff(tx: Tx, orgId: string, journalpostId: string) {
    const row = await tx
      .selectFrom('avskrivning')
      .select('id')
      .where('organisasjon_id', '=', orgId)
      .where('journalpost_id', '=', journalpostId)
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  },
};
