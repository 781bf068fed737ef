import type { Kysely } from 'kysely';
import { pageOf } from '../../db/page-of.js';
import type { DB } from '../../db/schema.js';
import type { Window } from '../../shared/paging.js';

type Db = Kysely<DB>;

/** A user's browser sessions, for listing and ending them; system queries (sessions are not tenant rows). */
export const sessionRepository = {
  /** A page of the user's open sessions, the most recently used first, with the total. */
  pageForUser(db: Db, brukerId: string, now: Date, page: Window) {
    const q = db
      .selectFrom('session')
      .select(['id', 'token_hash', 'opprettet_dato', 'sist_brukt_dato', 'utloper_dato', 'ip', 'brukeragent'])
      .where('bruker_id', '=', brukerId)
      .where('utloper_dato', '>=', now);
    return pageOf(q.orderBy('sist_brukt_dato', 'desc').orderBy('id'), page);
  },

  deleteOne(db: Db, brukerId: string, id: string) {
    return db.deleteFrom('session').where('bruker_id', '=', brukerId).where('id', '=', id).returning('id').executeTakeFirst();
  },

  async deleteAllForUser(db: Db, brukerId: string): Promise<number> {
    const result = await db.deleteFrom('session').where('bruker_id', '=', brukerId).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
