import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { enterTenantWith, inTenant } from '../../src/db/tenant.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { createTestDatabase, engineName } from '../support/test-db.js';

/*
 * A tenant transaction sets its organisation, actor and role with BEGIN in
 * the same round trip as its first statement (src/db/merged-begin.ts). None
 * of it may outlive the transaction on a pooled connection: the next user
 * of the connection — another organisation's request, or the owner's own
 * work outside any tenant — must start with nothing set. Two connections,
 * so consecutive and concurrent work meet the same ones.
 */
const handle = await createTestDatabase({ poolSize: 2 });

interface Session {
  org: string | null;
  bruker: string | null;
  rolle: string;
}
const session = sql<Session>`SELECT nullif(current_setting('saksgang.organisasjon_id', true), '') AS org,
  nullif(current_setting('saksgang.bruker_id', true), '') AS bruker, current_user AS rolle`;
const OWNER = (await session.execute(handle.db)).rows[0]!.rolle;
/** What every pooled connection says outside a transaction, asked on both at once. */
const outside = async () => (await Promise.all([0, 1, 2, 3].map(() => session.execute(handle.db)))).map((r) => r.rows[0]!);
const clean = { org: null, bruker: null, rolle: OWNER };

describe(`no tenant setting passes to the next user of a pooled connection (${engineName()})`, () => {
  let valer: Ctx;
  let asnes: Ctx;

  beforeAll(async () => {
    await seedRecordsWorld(handle);
    valer = await as(handle, 'valer', 'ARK');
    asnes = await as(handle, 'asnes', 'ARK');
    await createCase(valer);
    await createCase(asnes);
  });
  afterAll(() => handle.close());

  it('sets the tenant inside the transaction and nothing outside it', async () => {
    const inside = await inTenant(valer, async (tx) => (await session.execute(tx)).rows[0]!);
    expect(inside).toEqual({ org: valer.role.organisasjonId, bruker: valer.actor.brukerId, rolle: 'saksgang_app' });
    expect(await outside()).toEqual([clean, clean, clean, clean]);
  });

  it('leaves nothing after a transaction whose work fails, or whose first statement fails', async () => {
    await expect(inTenant(valer, () => Promise.reject(new Error('work failed')))).rejects.toThrow('work failed');
    expect(await outside()).toEqual([clean, clean, clean, clean]);
    const failingEntry = handle.db.transaction().execute((tx) => enterTenantWith(tx, valer, [sql`1 / 0`.as('x')]));
    await expect(failingEntry).rejects.toThrow(/division by zero/);
    expect(await outside()).toEqual([clean, clean, clean, clean]);
    expect(await inTenant(asnes, async (tx) => (await session.execute(tx)).rows[0]!.org)).toBe(asnes.role.organisasjonId);
  });

  it('keeps concurrent transactions of two organisations each to its own, on shared connections', async () => {
    const seen = await Promise.all(
      Array.from({ length: 24 }, (_, i) => {
        const who = i % 2 ? asnes : valer;
        return inTenant(who, async (tx) => {
          const first = (await session.execute(tx)).rows[0]!;
          const others = await sql<{ n: number }>`SELECT count(*)::int AS n FROM saksmappe
            WHERE organisasjon_id <> ${who.role.organisasjonId}::uuid`.execute(tx);
          return { own: first.org === who.role.organisasjonId && first.rolle === 'saksgang_app', others: others.rows[0]!.n };
        });
      }),
    );
    expect(seen).toEqual(Array.from({ length: 24 }, () => ({ own: true, others: 0 })));
    expect(await outside()).toEqual([clean, clean, clean, clean]);
  });

  it('sends nothing for a transaction that runs no statement, and the connection stays usable', async () => {
    await handle.db.transaction().execute(async () => undefined);
    expect(await outside()).toEqual([clean, clean, clean, clean]);
  });
});
