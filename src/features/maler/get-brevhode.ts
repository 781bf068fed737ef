import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { malerRepository as repo } from './maler-repository.js';

export const BREVHODE_FELT = ['postadresse', 'postnummer', 'poststed', 'telefon', 'epost', 'nettside'] as const;
export type BrevhodeInput = Partial<Record<(typeof BREVHODE_FELT)[number], string | null>>;

export const EMPTY_BREVHODE: Record<(typeof BREVHODE_FELT)[number], string | null> = {
  postadresse: null,
  postnummer: null,
  poststed: null,
  telefon: null,
  epost: null,
  nettside: null,
};

/** The organisation's letterhead: name and number from the organisation, the rest as the system owner set it. */
export function getBrevhode(ctx: Ctx) {
  return inTenant(ctx, async (tx) => ({ ...EMPTY_BREVHODE, ...pick(await repo.brevhode(tx, ctx.role.organisasjonId)) }));
}

function pick(row: Record<string, unknown> | undefined) {
  return Object.fromEntries(BREVHODE_FELT.map((f) => [f, (row?.[f] as string | null | undefined) ?? null]));
}
