import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export const demoArkivRepository = {
  async hasCases(db: Kysely<DB>, organisasjonId: string): Promise<boolean> {
    const row = await db.selectFrom('saksmappe').select('id').where('organisasjon_id', '=', organisasjonId).limit(1).executeTakeFirst();
    return row !== undefined;
  },
};
