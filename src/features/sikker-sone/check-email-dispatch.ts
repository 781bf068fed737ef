import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { checkEmailDispatch } from './domain/email-dispatch.js';
import { sikkerSoneRepository as repo } from './sikker-sone-repository.js';

/**
 * Asked by any dispatch by e-mail before it sends: refuses (SECURE_ZONE_NO_EMAIL)
 * when one of the documents is in the secure zone. The dispatch capability
 * calls it; nothing sends e-mail yet.
 */
export async function checkEmailDispatchOf(ctx: Ctx, dokumentbeskrivelseIds: readonly string[]): Promise<void> {
  const ids = [...new Set(dokumentbeskrivelseIds)];
  const dokumenter = await inTenant(ctx, (tx) => repo.listDokumenter(tx, ctx.role.organisasjonId, ids));
  const missing = ids.find((id) => !dokumenter.some((d) => d.id === id));
  if (missing) throw notFound({ nb: 'dokumentet', en: 'the document' }, missing);
  checkEmailDispatch(dokumenter);
}
