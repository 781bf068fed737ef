import type { Database } from '../../db/open-database.js';

/** The organisations' publishing flag (0069), kept in line with the configured accounts, on the owner connection. */
export const einnsynRepository = {
  /** Sets the flag of exactly the organisations named (by kortnavn); the rest stop publishing. */
  async setPublishing(db: Database, kortnavn: readonly string[]): Promise<void> {
    await db
      .updateTable('organisasjon')
      .set((eb) => ({ einnsyn_publisering: kortnavn.length ? eb('kortnavn', 'in', [...kortnavn]) : eb.lit(false) }))
      .execute();
  },

  organisation(db: Database, id: string) {
    return db.selectFrom('organisasjon').select(['id', 'navn', 'kortnavn', 'einnsyn_publisering']).where('id', '=', id).executeTakeFirst();
  },
};
