import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.js';

export const demoArkivRepository = {
  async hasCases(db: Kysely<DB>, organisasjonId: string): Promise<boolean> {
    const row = await db.selectFrom('saksmappe').select('id').where('organisasjon_id', '=', organisasjonId).limit(1).executeTakeFirst();
    return row !== undefined;
  },

  /**
   * The demo's earlier period handed over to the living archive's part SAK:
   * its end and successor set and the two linked (krav 6.2.2), the part in
   * overlap, as closing a period leaves it; closeArkivdel then closes it.
   */
  async endDemoPeriod(db: Kysely<DB>, organisasjonId: string, id: string, sluttDato: string, arvtakerId: string): Promise<void> {
    await db
      .updateTable('arkivdel')
      .set({ arkivdelstatus: 'O', arkivperiode_slutt_dato: sluttDato, referanse_arvtaker: arvtakerId })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', id)
      .execute();
    await db
      .updateTable('arkivdel')
      .set({ referanse_forloeper: id })
      .where('organisasjon_id', '=', organisasjonId)
      .where('id', '=', arvtakerId)
      .execute();
  },
};
