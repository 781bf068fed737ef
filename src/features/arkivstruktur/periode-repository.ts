import type { Updateable } from 'kysely';
import type { Tx } from '../../db/tenant.js';
import type { ArkivdelTable } from '../noark/tables.js';

/** Open cases: neither closed (A) nor void (U). */
const OPEN_EXCLUDES = ['A', 'U'];

/** The SQL of an arkivdel's periods (krav 6.2): its status and links, and the cases it holds. */
export const periodeRepository = {
  updateArkivdel(tx: Tx, orgId: string, id: string, patch: Updateable<ArkivdelTable>) {
    return tx
      .updateTable('arkivdel')
      .set(patch)
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
  },

  async countOpenCases(tx: Tx, orgId: string, arkivdelId: string): Promise<number> {
    const row = await tx
      .selectFrom('saksmappe')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('organisasjon_id', '=', orgId)
      .where('arkivdel_id', '=', arkivdelId)
      .where('saksstatus', 'not in', OPEN_EXCLUDES)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Set-based: every open case of one part into another; the database logs each case's referanseArkivdel. */
  async moveOpenCases(tx: Tx, orgId: string, fromId: string, toId: string): Promise<number> {
    const result = await tx
      .updateTable('saksmappe')
      .set({ arkivdel_id: toId })
      .where('organisasjon_id', '=', orgId)
      .where('arkivdel_id', '=', fromId)
      .where('saksstatus', 'not in', OPEN_EXCLUDES)
      .executeTakeFirst();
    return Number(result.numUpdatedRows);
  },

  async moveCase(tx: Tx, orgId: string, saksmappeId: string, toId: string): Promise<void> {
    await tx
      .updateTable('saksmappe')
      .set({ arkivdel_id: toId })
      .where('organisasjon_id', '=', orgId)
      .where('id', '=', saksmappeId)
      .execute();
  },
};
