import { sql } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { Rolle } from '../../shared/roles.js';
import { roleInForceSql } from '../organisations/role-in-force-sql.js';
import { approvalCompleted, type Flyt, type Flytstatus, type Flyttype, type Steg, type Utfall } from './domain/flyt.js';

/** A step of the trail as the record page shows it. */
export interface StegRow {
  id: string;
  rekkefoelge: number;
  flyt_til: string;
  flyt_til_navn: string;
  flyt_fra: string | null;
  flyt_fra_navn: string | null;
  flyt_mottatt_dato: string | null;
  flyt_sendt_dato: string | null;
  flyt_status: string | null;
  flyt_merknad: string | null;
}

export interface FlytRow {
  id: string;
  flyttype: string;
  sendt_av: string;
  sendt_av_navn: string;
  sendt_dato: Date;
  utfall: string | null;
  avsluttet_dato: Date | null;
  steg: StegRow[];
}

/** The rule's view of a round. */
export function toFlyt(row: Pick<FlytRow, 'id' | 'flyttype' | 'sendt_av' | 'utfall' | 'steg'>): Flyt {
  return {
    id: row.id,
    flyttype: row.flyttype as Flyttype,
    sendtAv: row.sendt_av,
    utfall: row.utfall as Utfall | null,
    steg: row.steg.map((s): Steg => ({
      id: s.id,
      rekkefoelge: s.rekkefoelge,
      flytTil: s.flyt_til,
      mottatt: s.flyt_mottatt_dato !== null,
      status: s.flyt_status as Flytstatus | null,
    })),
  };
}

/** Which rounds: all, the one going on, or the one going on and the newest approval round (the engine's facts). */
const WHICH = {
  alle: () => sql``,
  aktiv: () => sql`AND f.utfall IS NULL`,
  fakta: (orgId: string, journalpostId: string) => sql`AND (f.utfall IS NULL OR f.id = (SELECT g.id FROM flyt g
    WHERE g.organisasjon_id = ${orgId} AND g.journalpost_id = ${journalpostId} AND g.flyttype = 'godkjenning'
    ORDER BY g.sendt_dato DESC, g.id LIMIT 1))`,
};

/** Rounds of a record with their steps and names, in one statement (json per round), newest round first. */
const rounds = (orgId: string, journalpostId: string, which: 'alle' | 'aktiv' | 'fakta', limit: number) => sql<FlytRow>`
  SELECT f.id, f.flyttype, f.sendt_av, sb.navn AS sendt_av_navn, f.sendt_dato, f.utfall, f.avsluttet_dato,
    coalesce((SELECT json_agg(json_build_object('id', d.id, 'rekkefoelge', d.rekkefoelge, 'flyt_til', d.flyt_til,
        'flyt_til_navn', bt.navn, 'flyt_fra', d.flyt_fra, 'flyt_fra_navn', bf.navn, 'flyt_mottatt_dato', d.flyt_mottatt_dato,
        'flyt_sendt_dato', d.flyt_sendt_dato, 'flyt_status', d.flyt_status, 'flyt_merknad', d.flyt_merknad) ORDER BY d.rekkefoelge)
      FROM dokumentflyt d JOIN bruker bt ON bt.id = d.flyt_til LEFT JOIN bruker bf ON bf.id = d.flyt_fra
      WHERE d.organisasjon_id = f.organisasjon_id AND d.flyt_id = f.id), '[]'::json) AS steg
  FROM flyt f JOIN bruker sb ON sb.id = f.sendt_av
  WHERE f.organisasjon_id = ${orgId} AND f.journalpost_id = ${journalpostId} ${WHICH[which](orgId, journalpostId)}
  ORDER BY f.sendt_dato DESC, f.id
  LIMIT ${limit}`;

/** Approval and review rounds (flyt) and their steps (Noark 5 dokumentflyt). */
export const flytRepository = {
  /** The record's rounds, newest first, at most `limit`. */
  async ofRecord(tx: Tx, orgId: string, journalpostId: string, limit: number) {
    return (await rounds(orgId, journalpostId, 'alle', limit).execute(tx)).rows;
  },

  /** The round going on for the record, if any (the caller holds the record's lock). */
  async active(tx: Tx, orgId: string, journalpostId: string): Promise<FlytRow | undefined> {
    return (await rounds(orgId, journalpostId, 'aktiv', 1).execute(tx)).rows[0];
  },

  /** The round going on, if any, and the newest approval round (it may be the same), in one statement. */
  async activeAndLatestApproval(tx: Tx, orgId: string, journalpostId: string) {
    const rows = (await rounds(orgId, journalpostId, 'fakta', 2).execute(tx)).rows;
    return { active: rows.find((r) => r.utfall === null), latestApproval: rows.find((r) => r.flyttype === 'godkjenning') };
  },

  /** Of these records, those whose newest approval round is going on or was returned: not to be finished. */
  async awaitingApproval(tx: Tx, orgId: string, journalpostIds: readonly string[]): Promise<Set<string>> {
    if (journalpostIds.length === 0) return new Set();
    const rows = await tx
      .selectFrom('flyt as f')
      .select('f.journalpost_id')
      .distinctOn('f.journalpost_id')
      .select('f.utfall')
      .where('f.organisasjon_id', '=', orgId)
      .where('f.journalpost_id', 'in', journalpostIds)
      .where('f.flyttype', '=', 'godkjenning')
      .orderBy('f.journalpost_id')
      .orderBy('f.sendt_dato', 'desc')
      .execute();
    return new Set(rows.filter((r) => !approvalCompleted({ utfall: r.utfall as Utfall | null })).map((r) => r.journalpost_id));
  },

  /** Of these users, those active with one of `roller` in force in the organisation today. */
  async withRole(tx: Tx, orgId: string, brukerIds: readonly string[], roller: readonly Rolle[], today: string): Promise<Set<string>> {
    if (brukerIds.length === 0) return new Set();
    const rows = await tx
      .selectFrom('rolletildeling as r')
      .innerJoin('bruker as b', 'b.id', 'r.bruker_id')
      .select('r.bruker_id')
      .distinct()
      .where('r.organisasjon_id', '=', orgId)
      .where('r.bruker_id', 'in', brukerIds)
      .where('r.rolle', 'in', roller)
      .where('b.aktiv', '=', true)
      .where(roleInForceSql('r', today))
      .execute();
    return new Set(rows.map((r) => r.bruker_id));
  },

  async insertFlyt(tx: Tx, orgId: string, row: { journalpostId: string; flyttype: Flyttype; sendtAv: string; now: Date }) {
    return tx
      .insertInto('flyt')
      .values({
        organisasjon_id: orgId,
        journalpost_id: row.journalpostId,
        flyttype: row.flyttype,
        sendt_av: row.sendtAv,
        sendt_dato: row.now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
  },

  /** The steps of a new round: the first reached now (from the sender), the rest planned. */
  async insertSteps(
    tx: Tx,
    orgId: string,
    flyt: { id: string; journalpostId: string; sendtAv: string },
    til: readonly string[],
    now: Date,
  ) {
    await tx
      .insertInto('dokumentflyt')
      .values(
        til.map((brukerId, i) => ({
          organisasjon_id: orgId,
          flyt_id: flyt.id,
          journalpost_id: flyt.journalpostId,
          rekkefoelge: i + 1,
          flyt_til: brukerId,
          flyt_fra: i === 0 ? flyt.sendtAv : null,
          flyt_mottatt_dato: i === 0 ? now : null,
        })),
      )
      .execute();
  },

  /** A step decided: sent on now with its status and comment. */
  async decideStep(tx: Tx, orgId: string, stepId: string, status: Flytstatus, merknad: string | null, now: Date) {
    await tx
      .updateTable('dokumentflyt')
      .set({ flyt_sendt_dato: now, flyt_status: status, flyt_merknad: merknad })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', stepId)
      .execute();
  },

  /** A planned step reached: it arrives now, from whoever decided the step before. */
  async receiveStep(tx: Tx, orgId: string, stepId: string, fra: string, now: Date) {
    await tx
      .updateTable('dokumentflyt')
      .set({ flyt_fra: fra, flyt_mottatt_dato: now })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', stepId)
      .execute();
  },

  /** A forward: the planned steps after `after` move down one, and a new step, reached now, takes the place. */
  async insertForward(
    tx: Tx,
    orgId: string,
    flyt: { id: string; journalpostId: string },
    after: number,
    til: string,
    fra: string,
    now: Date,
  ) {
    await tx
      .updateTable('dokumentflyt')
      .set({ rekkefoelge: sql`rekkefoelge + 1` })
      .where('organisasjon_id', '=', orgId)
      .where('flyt_id', '=', flyt.id)
      .where('rekkefoelge', '>', after)
      .execute();
    await tx
      .insertInto('dokumentflyt')
      .values({
        organisasjon_id: orgId,
        flyt_id: flyt.id,
        journalpost_id: flyt.journalpostId,
        rekkefoelge: after + 1,
        flyt_til: til,
        flyt_fra: fra,
        flyt_mottatt_dato: now,
      })
      .execute();
  },

  async endFlyt(tx: Tx, orgId: string, flytId: string, utfall: Utfall, now: Date) {
    await tx
      .updateTable('flyt')
      .set({ utfall, avsluttet_dato: now })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', flytId)
      .execute();
  },

  /** Names of people, for the change log's words. */
  async names(tx: Tx, brukerIds: readonly string[]): Promise<Map<string, string>> {
    if (brukerIds.length === 0) return new Map();
    const rows = await tx.selectFrom('bruker').select(['id', 'navn']).where('id', 'in', brukerIds).execute();
    return new Map(rows.map((r) => [r.id, r.navn]));
  },
};
