import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { saksmappeRepository as cases } from '../saksmappe/saksmappe-repository.js';
import { assertOpen } from '../saksmappe/saksmappe-rules.js';
import { journalpostRepository as repo } from './journalpost-repository.js';

/**
 * Locks a record and its case for a change, in the order registration takes
 * them (case, then record) so two changes never wait on each other in a
 * circle. Unknown ids and other organisations' ids are «not found».
 */
export async function loadForChange(ctx: Ctx, tx: Tx, id: string, options: { requireOpenCase?: boolean } = {}) {
  const orgId = ctx.role.organisasjonId;
  const peek = await repo.find(tx, orgId, id);
  if (!peek) throw notFound({ nb: 'journalposten', en: 'record' }, id);
  const saksmappe = (await cases.findForUpdate(tx, orgId, peek.saksmappe_id))!;
  const record = (await repo.findForUpdate(tx, orgId, id))!;
  if (record.saksmappe_id !== saksmappe.id) return loadForChange(ctx, tx, id, options); // moved meanwhile
  if (options.requireOpenCase !== false) assertOpen(saksmappe);
  return { record, saksmappe };
}
