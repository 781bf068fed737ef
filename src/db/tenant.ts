import { sql, type AliasedRawBuilder, type Transaction } from 'kysely';
import type { DB } from './schema.js';
import type { Ctx } from '../shared/context.js';

export type Tx = Transaction<DB>;

/**
 * Runs `work` in one transaction scoped to the active organisation: the
 * connection switches to the `saksgang_app` role, on which row-level
 * security hides every other organisation's rows. Repositories still filter
 * by organisation themselves; this is the second wall.
 */
export async function inTenant<T>(ctx: Pick<Ctx, 'db' | 'role' | 'actor'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    await enterTenant(tx, ctx);
    return work(tx);
  });
}

/**
 * Sets the transaction's organisation and actor, then drops to saksgang_app.
 * The actor is what the database writes into the change log (ADR 0003), so
 * it is set here, once, for every tenant transaction. One statement: setting
 * `role` is SET LOCAL ROLE, and it takes effect from the next statement on.
 */
export async function enterTenant(tx: Tx, ctx: Pick<Ctx, 'role' | 'actor'>): Promise<void> {
  await enterTenantWith(tx, ctx, []);
}

/**
 * `enterTenant` with `extra` columns read in the same statement (and round
 * trip), before the switch to saksgang_app takes effect: whatever they read
 * must filter by organisation itself.
 */
export async function enterTenantWith(tx: Tx, ctx: Pick<Ctx, 'role' | 'actor'>, extra: readonly AliasedRawBuilder<unknown, string>[]) {
  const row = await tx
    .selectNoFrom([
      sql`set_config('saksgang.organisasjon_id', ${ctx.role.organisasjonId}, true)`.as('organisasjon'),
      sql`set_config('saksgang.bruker_id', ${ctx.actor.brukerId}, true)`.as('bruker'),
      sql`set_config('role', 'saksgang_app', true)`.as('rolle'),
      ...extra,
    ])
    .executeTakeFirstOrThrow();
  return row as Record<string, unknown>;
}

/**
 * `work` in the caller's tenant transaction when one is given (a use case
 * composed into a larger one, e.g. registration from the reception queue),
 * else in a transaction of its own.
 */
export function inTenantOr<T>(within: Tx | undefined, ctx: Pick<Ctx, 'db' | 'role' | 'actor'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return within ? work(within) : inTenant(ctx, work);
}
