import type { Ctx } from './context.js';
import { accessDenied } from './errors.js';
import { ROLLE_NAVN, type Rolle } from './roles.js';

/** Refuses unless the active role is one of `roles`. */
export function requireRole(ctx: Ctx, roles: readonly Rolle[], what: { nb: string; en: string }): void {
  if (roles.includes(ctx.role.rolle)) return;
  const names = roles.map((r) => ROLLE_NAVN[r]);
  throw accessDenied({
    nb: `Bare ${names.map((n) => n.nb.toLowerCase()).join(' eller ')} kan ${what.nb}.`,
    en: `Only ${names.map((n) => n.en.toLowerCase()).join(' or ')} may ${what.en}.`,
  });
}
