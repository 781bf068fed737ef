import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import { pageInfo, windowOf, type PageInfo, type PageRequest } from '../../shared/paging.js';
import type { Rolle } from '../../shared/roles.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inForce } from './domain/role-period.js';
import { organisationRepository as repo, type UserFilter } from './organisation-repository.js';

export interface UserWithRoles {
  id: string;
  brukernavn: string;
  navn: string;
  epost: string | null;
  aktiv: boolean;
  /** A dedicated integration user: acts only through API tokens the system owner makes. */
  integrasjon: boolean;
  roller: {
    id: string;
    rolle: Rolle;
    enhet: { id: string; navn: string } | null;
    fraDato: string;
    tilDato: string | null;
    /** In force today; ended and future assignments are shown as history. */
    gjeldende: boolean;
  }[];
}

export const USERS_PAGE_SIZE = 100;

/**
 * A page of the users who hold or have held a role in the active
 * organisation, by name, each with every assignment there, and the total:
 * an organisation may have thousands of users.
 */
export async function listUsers(
  ctx: Ctx,
  filter: UserFilter = {},
  page: PageRequest = { side: 1, perSide: USERS_PAGE_SIZE },
): Promise<PageInfo & { items: UserWithRoles[] }> {
  const orgId = ctx.role.organisasjonId;
  const today = osloDate(ctx.now());
  const { users, total, roles } = await inTenant(ctx, async (tx) => {
    const { rows, total } = await repo.pageUsers(tx, orgId, filter, today, windowOf(page));
    return {
      users: rows,
      total,
      roles: await repo.rolesOf(
        tx,
        orgId,
        rows.map((u) => u.id),
      ),
    };
  });
  const items = users.map((u) => ({
    ...u,
    roller: roles
      .filter((r) => r.brukerId === u.id)
      .map((r) => ({
        id: r.id,
        rolle: r.rolle as Rolle,
        enhet: r.enhetId && r.enhetNavn ? { id: r.enhetId, navn: r.enhetNavn } : null,
        fraDato: r.fraDato,
        tilDato: r.tilDato,
        gjeldende: inForce({ fraDato: r.fraDato, tilDato: r.tilDato }, today),
      })),
  }));
  return { items, ...pageInfo(page, total) };
}
