import { sql } from 'kysely';
import type { Database } from '../../db/open-database.js';

export const healthRepository = {
  /** A trivial round trip: true when the database answers. */
  async ping(db: Database): Promise<boolean> {
    await sql`SELECT 1 AS ok`.execute(db);
    return true;
  },
};
