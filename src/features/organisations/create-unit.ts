import { inTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import { assertRoomFor } from '../../db/caps-repository.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface CreateUnitInput {
  kortnavn: string;
  navn: string;
  overordnetEnhetId?: string | null | undefined;
}

/** Creates an administrative unit in the active organisation, optionally under a parent unit. */
export async function createUnit(ctx: Ctx, input: CreateUnitInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette enheter', en: 'create units' });
  const orgId = ctx.role.organisasjonId;
  return inTenant(ctx, async (tx) => {
    const parentId = input.overordnetEnhetId ?? null;
    if (parentId && !(await repo.findUnit(tx, orgId, parentId))) {
      throw notFound({ nb: 'overordnet enhet', en: 'parent unit' }, parentId);
    }
    const kortnavn = input.kortnavn.trim().toUpperCase();
    if (await repo.findUnitByKortnavn(tx, orgId, kortnavn)) {
      throw new DomainError('ALREADY_EXISTS', {
        nb: `Det finnes allerede en enhet med kortnavn ${kortnavn}.`,
        en: `A unit with short name ${kortnavn} already exists.`,
      });
    }
    await assertRoomFor(tx, 'enheter', orgId);
    return repo.insertUnit(tx, { organisasjonId: orgId, kortnavn, navn: input.navn.trim(), overordnetEnhetId: parentId });
  });
}
