import type { Kysely } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { DB } from '../../db/schema.js';
import type { Window } from '../../shared/paging.js';

type Db = Kysely<DB>;

/**
 * API tokens. They are not tenant rows themselves (the role assignment they
 * act in is), so every query here names the organisation through it.
 */
export const apiTokenRepository = {
  insert(db: Db, row: { navn: string; tokenHash: string; rolletildelingId: string; utloper: Date; opprettetAv: string }) {
    return db
      .insertInto('api_token')
      .values({
        navn: row.navn,
        token_hash: row.tokenHash,
        rolletildeling_id: row.rolletildelingId,
        utloper_dato: row.utloper,
        opprettet_av: row.opprettetAv,
      })
      .returning(['id', 'navn', 'opprettet_dato', 'utloper_dato'])
      .executeTakeFirstOrThrow();
  },

  /** Tokens acting in the organisation's role assignments; only one user's when `brukerId` is given. */
  /** A page of them, newest first, with the total. */
  page(db: Db, organisasjonId: string, brukerId: string | undefined, page: Window) {
    let q = db
      .selectFrom('api_token as t')
      .innerJoin('rolletildeling as r', 'r.id', 't.rolletildeling_id')
      .innerJoin('bruker as b', 'b.id', 'r.bruker_id')
      .leftJoin('bruker as av', 'av.id', 't.opprettet_av')
      .select([
        't.id',
        't.navn',
        't.opprettet_dato',
        't.utloper_dato',
        't.tilbakekalt_dato',
        't.sist_brukt_dato',
        'r.id as rolletildelingId',
        'r.rolle',
        'b.id as brukerId',
        'b.brukernavn',
        'b.navn as brukerNavn',
        'av.navn as opprettetAvNavn',
      ])
      .where('r.organisasjon_id', '=', organisasjonId);
    if (brukerId) q = q.where('r.bruker_id', '=', brukerId);
    return pageOf(q.orderBy('t.opprettet_dato', 'desc').orderBy('t.id'), page);
  },

  find(db: Db, organisasjonId: string, id: string) {
    return db
      .selectFrom('api_token as t')
      .innerJoin('rolletildeling as r', 'r.id', 't.rolletildeling_id')
      .select(['t.id', 't.navn', 't.utloper_dato', 't.tilbakekalt_dato', 'r.bruker_id as brukerId'])
      .where('r.organisasjon_id', '=', organisasjonId)
      .where('t.id', '=', id)
      .executeTakeFirst();
  },

  revoke(db: Db, id: string, by: string, at: Date) {
    return db
      .updateTable('api_token')
      .set({ tilbakekalt_dato: at, tilbakekalt_av: by })
      .where('id', '=', id)
      .where('tilbakekalt_dato', 'is', null)
      .returning(['tilbakekalt_dato'])
      .executeTakeFirst();
  },

  /** Written at most once a minute per token: a busy integration makes many calls. */
  touch(db: Db, id: string, at: Date) {
    return db
      .updateTable('api_token')
      .set({ sist_brukt_dato: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('sist_brukt_dato', 'is', null), eb('sist_brukt_dato', '<', new Date(at.getTime() - 60_000))]))
      .execute();
  },
};
