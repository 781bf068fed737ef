import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Rolle } from '../../shared/roles.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface UserWithRoles {
  id: string;
  brukernavn: string;
  navn: string;
  epost: string | null;
  roller: { id: string; rolle: Rolle; enhet: { id: string; navn: string } | null }[];
}

/** Users who hold a role in the active organisation, each with their roles there. */
export async function listUsers(ctx: Ctx): Promise<UserWithRoles[]> {
  const rows = await inTenant(ctx, (tx) => repo.listUsersWithRoles(tx, ctx.role.organisasjonId));
  const users = new Map<string, UserWithRoles>();
  for (const r of rows) {
    const user = users.get(r.id) ?? { id: r.id, brukernavn: r.brukernavn, navn: r.navn, epost: r.epost, roller: [] };
    user.roller.push({
      id: r.rolletildelingId,
      rolle: r.rolle as Rolle,
      enhet: r.enhetId && r.enhetNavn ? { id: r.enhetId, navn: r.enhetNavn } : null,
    });
    users.set(r.id, user);
  }
  return [...users.values()];
}
