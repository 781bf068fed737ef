import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

type Db = Kysely<DB>;
const count = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);

export const purgeRepository = {
  async deleteExpiredSessions(db: Db, now: Date) {
    return count(await db.deleteFrom('session').where('utloper_dato', '<', now).executeTakeFirst());
  },
  async deleteLoginFailuresBefore(db: Db, before: Date) {
    return count(await db.deleteFrom('login_failure').where('tidspunkt', '<', before).executeTakeFirst());
  },
  async deleteOidcStatesBefore(db: Db, before: Date) {
    return count(await db.deleteFrom('oidc_login_state').where('opprettet_dato', '<', before).executeTakeFirst());
  },
};
