import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { findBrevmal } from './brevmal-input.js';
import { malerRepository as repo, type BrevmalRow } from './maler-repository.js';

/** A template's DOCX, for the system owner to download and edit (and for anyone to look at). */
export function getBrevmalFil(ctx: Ctx, id: string): Promise<{ mal: BrevmalRow; innhold: Buffer }> {
  const org = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const mal = await findBrevmal(tx, org, id);
    return { mal, innhold: (await repo.content(tx, org, id))! };
  });
}
