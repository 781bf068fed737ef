import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { arkivstrukturRepository as repo } from './arkivstruktur-repository.js';

/** One class of the active organisation; every role may read the structure. */
export function getKlasse(ctx: Ctx, id: string) {
  return inTenant(ctx, async (tx) => {
    const klasse = await repo.findKlasse(tx, ctx.role.organisasjonId, id);
    if (!klasse) throw notFound({ nb: 'klassen', en: 'class' }, id);
    return klasse;
  });
}
