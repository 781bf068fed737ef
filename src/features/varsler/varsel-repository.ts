import { sql, type Kysely } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { DB } from '../../db/schema.js';
import type { Tx } from '../../db/tenant.js';
import type { Window } from '../../shared/paging.js';

/** A notification with what its text names: the task's kind and the record's number, never its title. */
function withTask(db: Kysely<DB>) {
  return db
    .selectFrom('varsel as v')
    .innerJoin('oppgave as o', (j) => j.onRef('o.id', '=', 'v.oppgave_id').onRef('o.organisasjon_id', '=', 'v.organisasjon_id'))
    .innerJoin('saksmappe as s', (j) => j.onRef('s.id', '=', 'o.saksmappe_id').onRef('s.organisasjon_id', '=', 'o.organisasjon_id'))
    .leftJoin('journalpost as j', (j) => j.onRef('j.id', '=', 'o.journalpost_id').onRef('j.organisasjon_id', '=', 'o.organisasjon_id'))
    .innerJoin('bruker as fra', 'fra.id', 'o.opprettet_av')
    .select([
      'v.id',
      'v.opprettet_dato',
      'v.lest_dato',
      'o.id as oppgave_id',
      'o.oppgavetype',
      'o.frist',
      'o.saksmappe_id',
      'o.journalpost_id',
      's.saksaar',
      's.sakssekvensnummer',
      'j.journalpostnummer',
      'fra.navn as fra_navn',
    ]);
}

/** Notifications (varsel) and each user's choice of e-mail. */
export const varselRepository = {
  /** A page of the user's notifications, newest first, with the total and how many are unread. */
  async page(tx: Tx, orgId: string, brukerId: string, window: Window) {
    const q = withTask(tx)
      .select(sql<number>`count(*) FILTER (WHERE v.lest_dato IS NULL) OVER ()`.as('uleste'))
      .where('v.organisasjon_id', '=', orgId)
      .where('v.bruker_id', '=', brukerId)
      .orderBy('v.opprettet_dato', 'desc')
      .orderBy('v.id');
    return pageOf(q, window);
  },

  async markRead(tx: Tx, orgId: string, brukerId: string, id: string) {
    const row = await tx
      .updateTable('varsel')
      .set({ lest_dato: sql<Date>`coalesce(lest_dato, now())` })
      .where('organisasjon_id', '=', orgId)
      .where('bruker_id', '=', brukerId)
      .where('id', '=', id)
      .returning('id')
      .executeTakeFirst();
    return row !== undefined;
  },

  async setting(tx: Tx, orgId: string, brukerId: string) {
    const row = await tx
      .selectFrom('bruker as b')
      .leftJoin('varsel_innstilling as i', (j) => j.onRef('i.bruker_id', '=', 'b.id').on('i.organisasjon_id', '=', orgId))
      .select(['b.epost as epostadresse', sql<boolean>`coalesce(i.epost, false)`.as('epost')])
      .where('b.id', '=', brukerId)
      .executeTakeFirstOrThrow();
    return row;
  },

  async setEmail(tx: Tx, orgId: string, brukerId: string, epost: boolean) {
    await tx
      .insertInto('varsel_innstilling')
      .values({ organisasjon_id: orgId, bruker_id: brukerId, epost })
      .onConflict((oc) => oc.columns(['bruker_id', 'organisasjon_id']).doUpdateSet({ epost, endret_dato: sql<Date>`now()` }))
      .execute();
  },

  /** What the e-mail of one notification needs (the job runs on the owner connection, outside any tenant). */
  forMail(db: Kysely<DB>, varselId: string) {
    return withTask(db)
      .innerJoin('bruker as til', 'til.id', 'v.bruker_id')
      .select(['til.epost as til_epost', 'til.aktiv as til_aktiv'])
      .where('v.id', '=', varselId)
      .executeTakeFirst();
  },
};
