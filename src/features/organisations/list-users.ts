import { inTenant } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Rolle } from '../../shared/roles.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { inForce } from './domain/role-period.js';
import { organisationRepository as repo } from './organisation-repository.js';

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

/** Users who hold or have held a role in the active organisation, each with every assignment there. */
export async function listUsers(ctx: Ctx): Promise<UserWithRoles[]> {
  const today = osloDate(ctx.now());
  const rows = await inTenant(ctx, (tx) => repo.listUsersWithRoles(tx, ctx.role.organisasjonId));
  const users = new Map<string, UserWithRoles>();
  for (const r of rows) {
    const user = users.get(r.id) ?? {
      id: r.id,
      brukernavn: r.brukernavn,
      navn: r.navn,
      epost: r.epost,
      aktiv: r.aktiv,
      integrasjon: r.integrasjon,
      roller: [],
    };
    user.roller.push({
      id: r.rolletildelingId,
      rolle: r.rolle as Rolle,
      enhet: r.enhetId && r.enhetNavn ? { id: r.enhetId, navn: r.enhetNavn } : null,
      fraDato: r.fraDato,
      tilDato: r.tilDato,
      gjeldende: inForce({ fraDato: r.fraDato, tilDato: r.tilDato }, today),
    });
    users.set(r.id, user);
  }
  return [...users.values()];
}
