import { enterTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface AssignRoleInput {
  brukernavn: string;
  rolle: Rolle;
  enhetId?: string | null | undefined;
}

/** Gives a user a role in the active organisation (optionally tied to a unit). */
export async function assignRole(ctx: Ctx, input: AssignRoleInput) {
  requireRole(ctx, ['SYS'], { nb: 'tildele roller', en: 'assign roles' });
  // The user is looked up globally (a document-centre archivist may already
  // work for another organisation); the assignment itself is tenant-scoped.
  return ctx.db.transaction().execute(async (tx) => {
    const user = await repo.findUserByUsername(tx, input.brukernavn.trim().toLowerCase());
    if (!user) throw notFound({ nb: 'brukeren', en: 'user' }, input.brukernavn);
    await enterTenant(tx, ctx);
    return insertAssignment(ctx, tx, user.id, input);
  });
}

export async function insertAssignment(ctx: Ctx, tx: Tx, brukerId: string, input: Omit<AssignRoleInput, 'brukernavn'>) {
  const orgId = ctx.role.organisasjonId;
  const enhetId = input.enhetId ?? null;
  if (enhetId && !(await repo.findUnit(tx, orgId, enhetId))) throw notFound({ nb: 'enheten', en: 'unit' }, enhetId);
  const row = { brukerId, organisasjonId: orgId, enhetId, rolle: input.rolle };
  if (await repo.findRoleAssignment(tx, row)) {
    throw new DomainError('ALREADY_EXISTS', { nb: 'Brukeren har allerede denne rollen.', en: 'The user already has this role.' });
  }
  return repo.insertRoleAssignment(tx, row);
}
