import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { checkNavnFree, findBrevmal, templateText } from './brevmal-input.js';
import { ADMINISTER_TEMPLATES, MAL_ADMINS } from './domain/brevmal-rules.js';
import { malerRepository as repo, type BrevmalRow } from './maler-repository.js';

export interface UpdateBrevmalInput {
  navn?: string | undefined;
  beskrivelse?: string | null | undefined;
  /** false takes the template out of the picker; documents made from it stay as they are. */
  aktiv?: boolean | undefined;
}

/** The system owner renames, describes, deactivates or reactivates a template. */
export async function updateBrevmal(ctx: Ctx, id: string, input: UpdateBrevmalInput): Promise<BrevmalRow> {
  requireRole(ctx, MAL_ADMINS, ADMINISTER_TEMPLATES);
  const org = ctx.role.organisasjonId;
  const navn = input.navn === undefined ? undefined : templateText(input.navn, 'navn', 200, true)!;
  const beskrivelse = input.beskrivelse === undefined ? undefined : templateText(input.beskrivelse ?? '', 'beskrivelse', 2000, false);
  return inTenant(ctx, async (tx) => {
    const mal = await findBrevmal(tx, org, id, true);
    const aktiv = input.aktiv ?? mal.aktiv;
    // A name must be free among active templates when the template is (or becomes) active.
    if (aktiv && (navn !== undefined || !mal.aktiv)) await checkNavnFree(tx, org, navn ?? mal.navn, id);
    const patch = {
      ...(navn !== undefined && { navn }),
      ...(beskrivelse !== undefined && { beskrivelse }),
      ...(input.aktiv !== undefined && { aktiv: input.aktiv }),
    };
    if (Object.keys(patch).length > 0) await repo.update(tx, org, id, ctx.actor.brukerId, patch);
    return (await repo.find(tx, org, id))!;
  });
}
