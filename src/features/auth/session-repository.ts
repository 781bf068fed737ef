import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;

/** A user's browser sessions, for listing and ending them; system queries (sessions are not tenant rows). */
export const sessionRepository = {
  listForUser(db: Db, brukerId: string, now: Date) {
    return db
      .selectFrom('session')
      .select(['id', 'token_hash', 'opprettet_dato', 'sist_brukt_dato', 'utloper_dato', 'ip', 'brukeragent'])
      .where('bruker_id', '=', brukerId)
      .where('utloper_dato', '>=', now)
      .orderBy('sist_brukt_dato', 'desc')
      .execute();
  },

  deleteOne(db: Db, brukerId: string, id: string) {
    return db.deleteFrom('session').where('bruker_id', '=', brukerId).where('id', '=', id).returning('id').executeTakeFirst();
  },

  async deleteAllForUser(db: Db, brukerId: string): Promise<number> {
    const result = await db.deleteFrom('session').where('bruker_id', '=', brukerId).executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
