import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import type { Upload } from '../dokumenter/upload.js';
import { findBrevmal } from './brevmal-input.js';
import { isMaltype } from './domain/brevmal-kinds.js';
import { ADMINISTER_TEMPLATES, MAL_ADMINS } from './domain/brevmal-rules.js';
import { malerRepository as repo, type BrevmalRow } from './maler-repository.js';
import { readTemplateUpload } from './read-template-upload.js';

/** An edited DOCX for an existing template: checked as a new one is, and the template's version counts up. */
export async function replaceBrevmalFil(ctx: Ctx, id: string, upload: Upload): Promise<BrevmalRow> {
  requireRole(ctx, MAL_ADMINS, ADMINISTER_TEMPLATES);
  const org = ctx.role.organisasjonId;
  const mal = await inTenant(ctx, (tx) => findBrevmal(tx, org, id));
  if (!isMaltype(mal.maltype)) throw new Error(`unknown template kind ${mal.maltype}`);
  const file = await readTemplateUpload(upload, mal.maltype);
  return inTenant(ctx, async (tx) => {
    await findBrevmal(tx, org, id, true);
    await repo.replaceFile(tx, org, id, ctx.actor.brukerId, file);
    return (await repo.find(tx, org, id))!;
  });
}
