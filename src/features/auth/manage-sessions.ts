import type { SystemCtx } from '../../shared/context.js';
import { notFound } from '../../shared/errors.js';
import { pageInfo, windowOf, type PageRequest } from '../../shared/paging.js';
import type { Authenticated } from './authenticate.js';
import { sessionRepository as sessions } from './session-repository.js';

/** A page of the caller's own open sessions (a script that logs in again and again opens many), the current one marked. */
export async function listOwnSessions(ctx: SystemCtx, auth: Authenticated, page: PageRequest) {
  const { rows, total } = await sessions.pageForUser(ctx.db, auth.actor.brukerId, ctx.now(), windowOf(page));
  return { items: rows.map(({ token_hash, ...r }) => ({ ...r, denne: token_hash === auth.sessionTokenHash })), ...pageInfo(page, total) };
}

/** Ends one of the caller's own sessions (e.g. a browser left logged in elsewhere). */
export async function endOwnSession(ctx: SystemCtx, auth: Authenticated, id: string): Promise<void> {
  if (!(await sessions.deleteOne(ctx.db, auth.actor.brukerId, id))) throw notFound({ nb: 'økten', en: 'session' }, id);
}

/** «Logg ut overalt»: every session of the caller ends at once, this one included. */
export function logoutEverywhere(ctx: SystemCtx, auth: Authenticated): Promise<number> {
  return sessions.deleteAllForUser(ctx.db, auth.actor.brukerId);
}
