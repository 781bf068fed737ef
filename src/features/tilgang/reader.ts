import type { Tx } from '../../db/tenant.js';
import type { Ctx } from '../../shared/context.js';
import type { Reader } from './domain/read-rule.js';
import { tilgangRepository as repo } from './tilgang-repository.js';

const LEADERS = new Set(['LED', 'SF']);

/** What the reader's row columns are read from (`tilgangRepository.readerColumns`). */
export interface ReaderRow {
  leser_grupper: string[];
  leser_enheter: string[];
}

/**
 * The columns that tell who reads, for a request's first query: the active
 * role's access groups, and the units it leads (a leader's unit and all
 * units under it). Only the active role counts, as for every other
 * decision: a user who is also archivist reads as archivist only in that role.
 */
export function readerColumns(ctx: Pick<Ctx, 'actor' | 'role'>) {
  const { grupper, enheter } = readerSql(ctx);
  return [grupper.as('leser_grupper'), enheter.as('leser_enheter')] as const;
}

/**
 * The same as SQL expressions, for a query that aliases them itself. The
 * archive reads everything: the rule never asks its groups or units.
 */
export function readerSql(ctx: Pick<Ctx, 'actor' | 'role'>) {
  const { organisasjonId: orgId, administrativEnhetId: enhet, rolle } = ctx.role;
  const archive = rolle === 'ARK';
  return repo.readerSql(orgId, ctx.actor.brukerId, { grupper: !archive, enhetId: !archive && LEADERS.has(rolle) ? enhet : null });
}

export function readerFrom(ctx: Pick<Ctx, 'actor' | 'role'>, row: ReaderRow): Reader {
  return { brukerId: ctx.actor.brukerId, rolle: ctx.role.rolle, ledetEnheter: row.leser_enheter, tilgangsgrupper: row.leser_grupper };
}

/**
 * The reader of a request, built once inside its tenant transaction, in one
 * statement; none for the archive, which the rule lets read everything
 * without asking its groups or units.
 */
export async function loadReader(tx: Tx, ctx: Pick<Ctx, 'actor' | 'role'>): Promise<Reader> {
  if (ctx.role.rolle === 'ARK') return readerFrom(ctx, { leser_grupper: [], leser_enheter: [] });
  return readerFrom(ctx, await tx.selectNoFrom(readerColumns(ctx)).executeTakeFirstOrThrow());
}
