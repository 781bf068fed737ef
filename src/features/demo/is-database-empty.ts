import type { Database } from '../../db/open-database.js';

/** True when no organisation exists yet (a fresh installation). */
export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const row = await db.selectFrom('organisasjon').select('id').limit(1).executeTakeFirst();
  return !row;
}
