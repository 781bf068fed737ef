import type { ParseKeys } from 'i18next';
import type { RoleCode } from '../i18n/types';

export interface NavItem {
  to: string;
  label: ParseKeys;
  /** Roles that see the item; undefined means every role. */
  roles?: readonly RoleCode[];
}

export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.home' },
  { to: '/arbeidslister', label: 'nav.worklists', roles: ['ARK', 'LED', 'SF', 'SB', 'MS'] },
  { to: '/saker', label: 'nav.cases' },
  { to: '/sok', label: 'nav.search' },
  { to: '/rapporter', label: 'nav.reports', roles: ['ARK', 'LED', 'SF', 'SB', 'MS'] },
  { to: '/midlertidig-sperret', label: 'nav.blocked', roles: ['LED', 'SF', 'ARK'] },
  { to: '/postmottak', label: 'nav.reception', roles: ['ARK'] },
  { to: '/kassasjon', label: 'nav.disposal', roles: ['ARK'] },
  { to: '/postmottak/videresendt', label: 'nav.forwarded' },
  { to: '/arkivdeler', label: 'nav.archiveParts', roles: ['ARK'] },
  { to: '/admin', label: 'nav.admin', roles: ['SYS'] },
  { to: '/tilgang', label: 'nav.access', roles: ['SYS'] },
  { to: '/maler', label: 'nav.templates', roles: ['SYS'] },
  { to: '/jobber', label: 'nav.jobs', roles: ['SYS'] },
];

export function navItemsFor(role: string | undefined): NavItem[] {
  return navItems.filter((item) => !item.roles || item.roles.some((r) => r === role));
}
