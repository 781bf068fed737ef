import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../../src/shared/context.js';
import { as, seedRecordsWorld } from '../records/records-world.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { asAppRole } from './app-role.js';
import { fillEveryTenantTable } from './every-tenant-table.js';

/*
 * A view owned by the tables' owner reads them without their row-level
 * policies (sok_indeks_egen does so on purpose, migration 0028, so a search
 * can use its indexes). Every view the app role may read must therefore
 * keep to the active organisation by itself: the views come from the
 * catalog, so a new one joins this test by existing.
 */

const handle = await createTestDatabase();
const views = (
  await sql<{ navn: string }>`
    SELECT c.relname AS navn FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind = 'v' AND has_table_privilege('saksgang_app', c.oid, 'SELECT')
      AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisasjon_id' AND NOT a.attisdropped)
    ORDER BY 1`.execute(handle.db)
).rows.map((r) => r.navn);

describe(`views the app role reads keep to the active organisation (${engineName()})`, () => {
  let valer: Ctx;
  let asnes: Ctx;

  beforeAll(async () => {
    await seedRecordsWorld(handle);
    valer = await as(handle, 'valer', 'ARK');
    asnes = await as(handle, 'asnes', 'ARK');
    await fillEveryTenantTable(handle, valer);
    await fillEveryTenantTable(handle, asnes);
  });
  afterAll(() => handle.close());

  it('finds the search view in the catalog', () => {
    expect(views).toContain('sok_indeks_egen');
  });

  it.each(views)('%s shows an organisation its own rows and none of another’s', async (view) => {
    const seen = (who: Ctx) =>
      asAppRole(
        who,
        sql<{ own: number; foreign: number }>`
          SELECT count(*) FILTER (WHERE organisasjon_id = ${who.role.organisasjonId}::uuid)::int AS own,
            count(*) FILTER (WHERE organisasjon_id IS DISTINCT FROM ${who.role.organisasjonId}::uuid)::int AS foreign
          FROM ${sql.table(view)}`,
      ).then((r) => r.rows[0]!);
    for (const who of [valer, asnes]) expect(await seen(who)).toEqual({ own: expect.any(Number), foreign: 0 });
    expect((await seen(valer)).own).toBeGreaterThan(0);
  });
});
