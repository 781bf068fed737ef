import { sql, type RawBuilder } from 'kysely';
import { inTenant } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';

/**
 * Runs one raw statement exactly as the server does: in a tenant
 * transaction, as saksgang_app, with the context's organisation and actor.
 * These tests play a database engineer who bypasses the use cases.
 */
export function asAppRole<T = unknown>(ctx: Ctx, statement: RawBuilder<T>) {
  return inTenant(ctx, (tx) => statement.execute(tx));
}

/** The error a refused statement raises (SQLSTATE in `code`). */
export async function refusal(ctx: Ctx, statement: RawBuilder<unknown>): Promise<{ code?: string; message: string }> {
  try {
    await asAppRole(ctx, statement);
  } catch (error) {
    return error as { code?: string; message: string };
  }
  throw new Error(`not refused: ${statement.compile(ctx.db).sql}`);
}

export { sql };
