import { enterTenantWith, type Tx } from '../../db/tenant.js';
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
 * A tenant transaction for a read path that asks the read rule: who reads
 * is learnt in the statement that enters the tenant, so it costs no round
 * trip of its own (the groups and units are read by organisation and user).
 * `extra` columns ride on the same statement (enterTenantWith).
 */
export async function inTenantAsReader<T>(
  ctx: Pick<Ctx, 'db' | 'role' | 'actor'>,
  work: (tx: Tx, reader: Reader) => Promise<T>,
  extra: Parameters<typeof enterTenantWith>[2] = [],
): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    const row = await enterTenantWith(tx, ctx, [...readerColumns(ctx), ...extra]);
    return work(tx, readerFrom(ctx, row as unknown as ReaderRow));
  });
}
