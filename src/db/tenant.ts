import { sql, type Transaction } from 'kysely';
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
  await sql`SELECT set_config('saksgang.organisasjon_id', ${ctx.role.organisasjonId}, true),
    set_config('saksgang.bruker_id', ${ctx.actor.brukerId}, true), set_config('role', 'saksgang_app', true)`.execute(tx);
}
