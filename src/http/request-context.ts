import type { FastifyRequest } from 'fastify';
import type { Ctx, SystemCtx } from '../shared/context.js';
import { DomainError } from '../shared/errors.js';
import { notLoggedIn, type Authenticated } from '../features/auth/authenticate.js';

declare module 'fastify' {
  interface FastifyRequest {
    auth: Authenticated | null;
  }
}

export function systemCtx(request: FastifyRequest): SystemCtx {
  return { db: request.server.deps.db, now: () => new Date(), log: request.log };
}

export function requireAuth(request: FastifyRequest): Authenticated {
  if (!request.auth) throw notLoggedIn();
  return request.auth;
}

/** The use-case context of a request: the actor in the active role. */
export function ctxOf(request: FastifyRequest): Ctx {
  const auth = requireAuth(request);
  if (!auth.role) {
    throw new DomainError('NO_ACTIVE_ROLE', {
      nb: 'Du har ingen aktiv rolle. Velg en rolle, eller be systemansvarlig om tilgang.',
      en: 'You have no active role. Choose a role, or ask the system owner for access.',
    });
  }
  return { ...systemCtx(request), actor: auth.actor, role: auth.role };
}
