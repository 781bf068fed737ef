import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { assertMayChange, loadChangeTargets } from '../tilgang/change-access.js';
import type { ChangeKind, ChangeTarget } from '../tilgang/domain/change-rule.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

/**
 * Locks a record and its case for a change, in the order registration takes
 * them (case, then record) so two changes never wait on each other in a
 * circle, and asks the change rule whether the actor may make a change of
 * `kind` to it. Unknown ids and other organisations' ids are «not found».
 */
export async function loadForChange(
  ctx: Ctx,
  tx: Tx,
  id: string,
  kind: ChangeKind,
  extra: Omit<ChangeTarget, 'saksmappe' | 'journalpost'> = {},
) {
  const orgId = ctx.role.organisasjonId;
  const peek = await repo.find(tx, orgId, id);
  if (!peek) throw notFound({ nb: 'journalposten', en: 'record' }, id);
  const saksmappe = (await cases.findForUpdate(tx, orgId, peek.saksmappe_id))!;
  const record = (await repo.findForUpdate(tx, orgId, id))!;
  if (record.saksmappe_id !== saksmappe.id) return loadForChange(ctx, tx, id, kind, extra); // moved meanwhile
  const targets = await loadChangeTargets(tx, orgId, saksmappe);
  const target = targets.journalpost(record, extra);
  assertMayChange(ctx, target, kind);
  return { record, saksmappe, target };
}
