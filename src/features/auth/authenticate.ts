import type { ActiveRole, Actor, SystemCtx } from '../../shared/context.js';
import { osloDate } from '../saksmappe/oslo-calendar.js';
import { DomainError } from '../../shared/errors.js';
import { sha256 } from '../../shared/tokens.js';
import { apiTokenRepository } from './api-token-repository.js';
import { authRepository as repo, type RoleAssignmentRow } from './auth-repository.js';
import { SESSION_TTL_MINUTES } from './start-session.js';

export interface Authenticated {
  actor: Actor;
  roles: RoleAssignmentRow[];
  role: ActiveRole | null;
  via: 'session' | 'token';
  /** Only for sessions: the token the browser must echo in x-csrf-token. */
  csrfToken?: string;
  sessionTokenHash?: string;
}

const expired = () =>
  new DomainError('UNAUTHENTICATED', {
    nb: 'Økten er utløpt. Logg inn på nytt.',
    en: 'Your session has expired. Please log in again.',
  });

export const notLoggedIn = () => new DomainError('UNAUTHENTICATED', { nb: 'Du er ikke logget inn.', en: 'You are not logged in.' });

/**
 * Resolves a session cookie to the actor and active role; slides the expiry
 * forward. One statement reads the session, its user and the user's roles:
 * every request of a browser starts here.
 */
export async function authenticateSession(ctx: SystemCtx, token: string): Promise<Authenticated> {
  const tokenHash = sha256(token);
  const now = ctx.now();
  const session = await repo.findSessionWithActor(ctx.db, tokenHash, osloDate(now));
  if (!session) throw notLoggedIn();
  if (session.utloper_dato < now) {
    await repo.deleteSession(ctx.db, tokenHash);
    throw expired();
  }
  const ttl = SESSION_TTL_MINUTES * 60_000;
  // Write at most once a minute: a busy page makes many requests.
  if (session.utloper_dato.getTime() - now.getTime() < ttl - 60_000) {
    await repo.extendSession(ctx.db, tokenHash, new Date(now.getTime() + ttl), now);
  }
  if (!session.aktiv) throw notLoggedIn();
  const user = { id: session.bruker_id, brukernavn: session.brukernavn, navn: session.navn };
  const resolved = actorOf(user, session.roller, session.rolletildeling_id);
  return { ...resolved, via: 'session', csrfToken: session.csrf_token, sessionTokenHash: tokenHash };
}

/** Resolves an API token (Authorization: Bearer) to the role assignment it acts in. */
export async function authenticateApiToken(ctx: SystemCtx, token: string): Promise<Authenticated> {
  const row = await repo.findApiToken(ctx.db, sha256(token));
  const now = ctx.now();
  if (!row || row.tilbakekalt_dato || (row.utloper_dato && row.utloper_dato < now)) {
    throw new DomainError('UNAUTHENTICATED', {
      nb: 'API-nøkkelen er ugyldig, utløpt eller trukket tilbake.',
      en: 'The API token is invalid, expired or revoked.',
    });
  }
  const resolved = await resolveActor(ctx, row.brukerId, row.rolletildelingId);
  // A token acts in one role: once that assignment has ended, the token stops.
  if (!resolved.role) {
    throw new DomainError('UNAUTHENTICATED', {
      nb: 'Rollen API-nøkkelen handler i, er avsluttet.',
      en: 'The role this API token acts in has ended.',
    });
  }
  await apiTokenRepository.touch(ctx.db, row.id, now);
  return { ...resolved, via: 'token' };
}

/** The actor a password login acts as: the user in their first role assignment, as a new session starts (start-session.ts). */
export async function authenticateUser(ctx: SystemCtx, brukerId: string): Promise<Authenticated> {
  const roles = await repo.listRoleAssignments(ctx.db, brukerId, osloDate(ctx.now()));
  return { ...(await resolveActor(ctx, brukerId, roles[0]?.id ?? null)), via: 'token' };
}

async function resolveActor(ctx: SystemCtx, brukerId: string, rolletildelingId: string | null) {
  const user = await repo.findUserById(ctx.db, brukerId);
  if (!user || !user.aktiv) throw notLoggedIn();
  return actorOf(user, await repo.listRoleAssignments(ctx.db, brukerId, osloDate(ctx.now())), rolletildelingId);
}

function actorOf(user: { id: string; brukernavn: string; navn: string }, roles: RoleAssignmentRow[], rolletildelingId: string | null) {
  const active = roles.find((r) => r.id === rolletildelingId) ?? null;
  const actor: Actor = { brukerId: user.id, brukernavn: user.brukernavn, navn: user.navn };
  return { actor, roles, role: active ? toActiveRole(active) : null };
}

export function toActiveRole(r: RoleAssignmentRow): ActiveRole {
  return {
    rolletildelingId: r.id,
    organisasjonId: r.organisasjonId,
    administrativEnhetId: r.enhetId,
    rolle: r.rolle,
  };
}
