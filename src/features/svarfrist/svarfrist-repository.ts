import type { Tx } from '../../db/tenant.js';
import type { Svarfrister } from './domain/svarfrist.js';

/** The organisation's due-date periods (columns of organisasjon, migration 0051). */
export const svarfristRepository = {
  async find(tx: Tx, orgId: string): Promise<Svarfrister> {
    const row = await tx
      .selectFrom('organisasjon')
      .select(['svarfrist_dager', 'haster_svarfrist_dager'])
      .where('id', '=', orgId)
      .executeTakeFirstOrThrow();
    return { svarfristDager: row.svarfrist_dager, hasterSvarfristDager: row.haster_svarfrist_dager };
  },

  async update(tx: Tx, orgId: string, frister: Svarfrister): Promise<void> {
    await tx
      .updateTable('organisasjon')
      .set({ svarfrist_dager: frister.svarfristDager, haster_svarfrist_dager: frister.hasterSvarfristDager })
      .where('id', '=', orgId)
      .execute();
  },
};
