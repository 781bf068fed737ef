import { sql } from 'kysely';
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

  /** The same as a column of a use case's combined query (registration reads it with its other facts). */
  column(orgId: string) {
    return sql<Svarfrister>`(SELECT json_build_object('svarfristDager', o.svarfrist_dager, 'hasterSvarfristDager', o.haster_svarfrist_dager)
      FROM organisasjon o WHERE o.id = ${orgId}::uuid)`;
  },

  async update(tx: Tx, orgId: string, frister: Svarfrister): Promise<void> {
    await tx
      .updateTable('organisasjon')
      .set({ svarfrist_dager: frister.svarfristDager, haster_svarfrist_dager: frister.hasterSvarfristDager })
      .where('id', '=', orgId)
      .execute();
  },
};
