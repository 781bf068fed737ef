import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { templateText } from './brevmal-input.js';
import { ADMINISTER_TEMPLATES, MAL_ADMINS } from './domain/brevmal-rules.js';
import { BREVHODE_FELT, EMPTY_BREVHODE, getBrevhode, type BrevhodeInput } from './get-brevhode.js';
import { malerRepository as repo } from './maler-repository.js';

/** The system owner sets the letterhead's address and contact lines; empty fields are cleared. */
export async function updateBrevhode(ctx: Ctx, input: BrevhodeInput) {
  requireRole(ctx, MAL_ADMINS, ADMINISTER_TEMPLATES);
  const fields = Object.fromEntries(BREVHODE_FELT.map((f) => [f, templateText(input[f] ?? '', f, 300, false)]));
  await inTenant(ctx, (tx) =>
    repo.saveBrevhode(tx, { ...EMPTY_BREVHODE, ...fields, organisasjon_id: ctx.role.organisasjonId, endret_av: ctx.actor.brukerId }),
  );
  return getBrevhode(ctx);
}
