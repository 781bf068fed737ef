import type { Tx } from '../../db/tenant.js';
import { arkivstrukturRepository as structure } from './arkivstruktur-repository.js';
import { placeNewRegistration } from './domain/periode.js';
import { periodeRepository as periods } from './periode-repository.js';

/**
 * Before a registration is added to a case: a case of a part in overlap
 * moves to the part's successor (krav 6.2.5), one of a closed part takes
 * nothing (krav 6.2.6). Called by the registering use case in its transaction.
 */
export async function placeInCurrentPeriod(tx: Tx, orgId: string, saksmappe: { id: string; arkivdel_id: string }): Promise<void> {
  const arkivdel = await structure.findArkivdel(tx, orgId, saksmappe.arkivdel_id);
  if (!arkivdel) return;
  const { moveTo } = placeNewRegistration(arkivdel);
  if (moveTo) await periods.moveCase(tx, orgId, saksmappe.id, moveTo);
}
