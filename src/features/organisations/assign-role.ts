import { enterTenant, type Tx } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import { SYSTEM_BRUKER_ID } from '../../shared/system-actor.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface AssignRoleInput {
  brukernavn: string;
  rolle: Rolle;
  enhetId?: string | null | undefined;
}

/**
 * Gives a user a role in the active organisation (optionally tied to a
 * unit). A system owner reaches only users of their own organisation (who
 * hold or have held a role there); anyone else is "not found", exactly like a
 * user name that does not exist, so the answer reveals no other
 * organisation's users. Bringing a person from one organisation into another
 * (a document-centre archivist) is installation work: the CLI.
 */
export async function assignRole(ctx: Ctx, input: AssignRoleInput) {
  requireRole(ctx, ['SYS'], { nb: 'tildele roller', en: 'assign roles' });
  const brukernavn = input.brukernavn.trim().toLowerCase();
  return ctx.db.transaction().execute(async (tx) => {
    const user = await repo.findUserByUsername(tx, brukernavn);
    const reachable = user && (isInstallationWork(ctx) || (await repo.belongsTo(tx, user.id, ctx.role.organisasjonId)));
    if (!reachable) throw notFound({ nb: 'brukeren', en: 'user' }, brukernavn);
    await enterTenant(tx, ctx);
    return insertAssignment(ctx, tx, user.id, input);
  });
}

/** The CLI and the demo loader act as the built-in system actor, for the whole installation. */
function isInstallationWork(ctx: Ctx): boolean {
  return ctx.actor.brukerId === SYSTEM_BRUKER_ID;
}

/** Inserts the assignment in the caller's tenant transaction and logs it with the real actor. */
export async function insertAssignment(ctx: Ctx, tx: Tx, brukerId: string, input: Omit<AssignRoleInput, 'brukernavn'>) {
  const orgId = ctx.role.organisasjonId;
  const enhetId = input.enhetId ?? null;
  const unit = enhetId ? await repo.findUnit(tx, orgId, enhetId) : undefined;
  if (enhetId && !unit) throw notFound({ nb: 'enheten', en: 'unit' }, enhetId);
  const row = { brukerId, organisasjonId: orgId, enhetId, rolle: input.rolle };
  if (await repo.findRoleAssignment(tx, row)) {
    throw new DomainError('ALREADY_EXISTS', { nb: 'Brukeren har allerede denne rollen.', en: 'The user already has this role.' });
  }
  const created = await repo.insertRoleAssignment(tx, row);
  const user = await repo.findUserById(tx, brukerId);
  await logChanges(
    tx,
    'rolletildeling',
    created.id,
    {},
    {
      bruker: user?.brukernavn ?? brukerId,
      rolle: created.rolle,
      administrativEnhet: unit?.kortnavn ?? null,
    },
  );
  return created;
}
