import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Rolle } from '../../shared/roles.js';
import { STANDARD_ARKIVFORMATER } from './domain/arkivformat.js';
import { arkivformatRepository as repo } from './arkivformat-repository.js';

/** Krav 2.7.9: the archive administrator sets them — the archive, and the system owner for the organisation's settings. */
export const SETS_ARKIVFORMATER: readonly Rolle[] = ['ARK', 'SYS'];

/** The organisation's approved archival formats (its own list, or the standard one), with the standard list beside it. */
export async function getArkivformater(ctx: Ctx) {
  const own = await inTenant(ctx, (tx) => repo.approved(tx, ctx.role.organisasjonId));
  const standard = STANDARD_ARKIVFORMATER.map((f) => f.format);
  return {
    formater: own && own.length > 0 ? own : standard,
    egenListe: own !== null && own.length > 0,
    standard: [...STANDARD_ARKIVFORMATER],
    kanEndre: SETS_ARKIVFORMATER.includes(ctx.role.rolle),
  };
}
