import type { Tx } from '../../db/tenant.js';

/** What the change rule needs to know about a case beyond its own row: the only SQL of the change rule. */
export const changeTargetRepository = {
  /** Every unit of the organisation with its parent: few rows, walked in memory. */
  units(tx: Tx, orgId: string) {
    return tx.selectFrom('administrativ_enhet').select(['id', 'overordnet_enhet_id']).where('organisasjon_id', '=', orgId).execute();
  },

  /** The case workers a case is distributed to: the saksbehandlere of its records. */
  async saksbehandlere(tx: Tx, orgId: string, saksmappeId: string): Promise<string[]> {
    const rows = await tx
      .selectFrom('journalpost')
      .select('saksbehandler_id')
      .distinct()
      .where('organisasjon_id', '=', orgId)
      .where('saksmappe_id', '=', saksmappeId)
      .where('saksbehandler_id', 'is not', null)
      .execute();
    return rows.map((r) => r.saksbehandler_id!);
  },
};
