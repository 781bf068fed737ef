import type { RoleAssignment } from '../auth/session';

export interface RoleGroup {
  organisationId: string;
  organisationName: string;
  roles: RoleAssignment[];
}

/** The user's role assignments grouped by organisation, in server order. */
export function groupByOrganisation(roles: readonly RoleAssignment[]): RoleGroup[] {
  const groups = new Map<string, RoleGroup>();
  for (const role of roles) {
    const { id, navn } = role.organisasjon;
    const group = groups.get(id) ?? { organisationId: id, organisationName: navn, roles: [] };
    group.roles.push(role);
    groups.set(id, group);
  }
  return [...groups.values()];
}

/** "Arkivar (Dokumentsenteret)" — the unit only when the role belongs to one. */
export function roleLabel(roleName: string, role: RoleAssignment): string {
  return role.enhet ? `${roleName} (${role.enhet.navn})` : roleName;
}
