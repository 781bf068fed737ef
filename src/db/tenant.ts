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
export async function inTenant<T>(ctx: Pick<Ctx, 'db' | 'role'>, work: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.db.transaction().execute(async (tx) => {
    await enterTenant(tx, ctx.role.organisasjonId);
    return work(tx);
  });
}

export async function enterTenant(tx: Tx, organisasjonId: string): Promise<void> {
  await sql`SELECT set_config('saksgang.organisasjon_id', ${organisasjonId}, true)`.execute(tx);
  await sql`SET LOCAL ROLE saksgang_app`.execute(tx);
}
