import type { DatabaseHandle } from '../../src/db/open-database.js';
import { createLogger } from '../../src/logger.js';
import { loadDemo } from '../../src/features/demo/load-demo.js';
import { organisationRepository } from '../../src/features/organisations/organisation-repository.js';
import { systemOwnerCtx } from '../../src/shared/system-actor.js';
import type { Ctx } from '../../src/shared/context.js';
import type { Rolle } from '../../src/shared/roles.js';
import { authRepository } from '../../src/features/auth/auth-repository.js';
import { toActiveRole } from '../../src/features/auth/authenticate.js';
import { osloDate } from '../../src/features/saksmappe/oslo-calendar.js';

export const silentLog = createLogger('silent');
export const PASSWORD = 'demo';

/**
 * The demo organisations and people (Våler, Åsnes, Grue; one user per role,
 * password "demo"), without the demo archive. Names: `<org>.<rolle>` such as
 * `valer.saksbehandler`, and `dokumentsenter` (archivist in all three).
 */
export async function seedWorld(handle: DatabaseHandle): Promise<void> {
  await loadDemo({ db: handle.db, now: () => new Date(), log: silentLog }, { withArchive: false });
}

export async function orgId(handle: DatabaseHandle, kortnavn: string): Promise<string> {
  const org = await organisationRepository.findOrganisationByKortnavn(handle.db, kortnavn);
  if (!org) throw new Error(`no organisation ${kortnavn}`);
  return org.id;
}

export async function systemCtxFor(handle: DatabaseHandle, kortnavn: string): Promise<Ctx> {
  return systemOwnerCtx(handle.db, await orgId(handle, kortnavn), silentLog);
}

/** A use-case context for a demo user in one of their roles. */
export async function ctxFor(handle: DatabaseHandle, brukernavn: string, kortnavn: string, rolle: Rolle): Promise<Ctx> {
  const user = await authRepository.findUserByUsername(handle.db, brukernavn);
  if (!user) throw new Error(`no user ${brukernavn}`);
  const roles = await authRepository.listRoleAssignments(handle.db, user.id, osloDate(new Date()));
  const role = roles.find((r) => r.organisasjonKortnavn === kortnavn && r.rolle === rolle);
  if (!role) throw new Error(`${brukernavn} has no ${rolle} in ${kortnavn}`);
  return {
    db: handle.db,
    log: silentLog,
    now: () => new Date(),
    actor: { brukerId: user.id, brukernavn: user.brukernavn, navn: user.navn },
    role: toActiveRole(role),
  };
}
