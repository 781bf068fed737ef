import { sql } from 'kysely';
import type { Database } from '../../db/open-database.js';

/** The organisations' publishing flag (0069), kept in line with the configured accounts, on the owner connection. */
export const einnsynRepository = {
  /** Sets the flag of exactly the organisations named (by kortnavn); the rest stop publishing. */
  async setPublishing(db: Database, kortnavn: readonly string[]): Promise<void> {
    await db
      .updateTable('organisasjon')
      .set({ einnsyn_publisering: sql<boolean>`kortnavn = ANY(${[...kortnavn]}::text[])` })
      .execute();
  },

  organisation(db: Database, id: string) {
    return db
      .selectFrom('organisasjon')
      .select(['id', 'navn', 'kortnavn', 'organisasjonsnummer', 'einnsyn_publisering'])
      .where('id', '=', id)
      .executeTakeFirst();
  },
};
