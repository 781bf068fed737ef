import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDatabase, engineName } from '../support/test-db.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, seedRecordsWorld } from '../records/records-world.js';
import { asAppRole, refusal } from './app-role.js';
import { fillEveryTenantTable } from './every-tenant-table.js';

/*
 * Row-level security is the wall between organisations below the
 * repositories. The tables come from the catalog of a migrated database, so
 * a new tenant table joins these tests by existing; dropping the policy from
 * any one table (or disabling RLS on it) makes its test fail.
 */

interface TableInfo {
  tabell: string;
  rls: boolean;
  policy: string | null;
  har_org: boolean;
  app_leser: boolean;
  app_skriver: boolean;
}

/** Tables without an organisation that the app role may read: shared reference data. */
const GLOBAL_READABLE = new Set(['dokumentsenter', 'endringslogg_felt']);
/** Tenant tables whose organisation is not an organisasjon_id column. */
const ORG_COLUMN: Record<string, string> = { organisasjon: 'id' };

const handle = await createTestDatabase();
const catalog = (
  await sql<TableInfo>`
    SELECT c.relname AS tabell, c.relrowsecurity AS rls,
      (SELECT p.qual FROM pg_policies p WHERE p.schemaname = n.nspname AND p.tablename = c.relname
        AND p.policyname = 'tenant_isolation') AS policy,
      EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'organisasjon_id' AND NOT a.attisdropped) AS har_org,
      has_table_privilege('saksgang_app', c.oid, 'SELECT') AS app_leser,
      has_table_privilege('saksgang_app', c.oid, 'INSERT') AS app_skriver
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
    ORDER BY c.relname`.execute(handle.db)
).rows;
const tenantTables = catalog.filter((t) => t.har_org || t.tabell in ORG_COLUMN).map((t) => t.tabell);

describe(`row-level security on every tenant table (${engineName()})`, () => {
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

  it('finds the tenant tables in the catalog', () => {
    expect(tenantTables).toEqual(expect.arrayContaining(['saksmappe', 'journalpost', 'endringslogg', 'sok_indeks', 'organisasjon']));
  });

  it('has RLS and a tenant_isolation policy on the organisation on every tenant table', () => {
    const missing = catalog
      .filter((t) => tenantTables.includes(t.tabell))
      .filter((t) => !t.rls || !t.policy?.includes('saksgang.organisasjon_id'))
      .map((t) => t.tabell);
    expect(missing).toEqual([]);
  });

  it('lets the app role read no table without RLS except shared reference data', () => {
    const open = catalog.filter((t) => t.app_leser && !t.rls && !GLOBAL_READABLE.has(t.tabell)).map((t) => t.tabell);
    expect(open).toEqual([]);
  });

  it('shows users only through a role in the active organisation', async () => {
    const policy = catalog.find((t) => t.tabell === 'bruker')!;
    expect(policy.rls).toBe(true);
    const ids = (who: Ctx) =>
      asAppRole(who, sql<{ brukernavn: string }>`SELECT brukernavn FROM bruker`).then((r) => r.rows.map((u) => u.brukernavn));
    expect(await ids(asnes)).not.toContain('valer.arkivar');
    expect(await ids(valer)).toContain('valer.arkivar');
  });

  describe.each(tenantTables)('%s', (tabell) => {
    const org = ORG_COLUMN[tabell] ?? 'organisasjon_id';
    const table = sql.table(tabell);
    const col = sql.ref(org);

    it('has rows of both organisations to test with', async () => {
      const counts = await sql<{ valer: number; asnes: number }>`
        SELECT count(*) FILTER (WHERE ${col} = ${valer.role.organisasjonId}::uuid)::int AS valer,
          count(*) FILTER (WHERE ${col} = ${asnes.role.organisasjonId}::uuid)::int AS asnes FROM ${table}`.execute(handle.db);
      // Zero here means fillEveryTenantTable (tests/security/every-tenant-table.ts) does not yet write this table.
      expect(counts.rows[0]).toEqual({ valer: expect.any(Number), asnes: expect.any(Number) });
      expect(counts.rows[0]!.valer, `no ${tabell} row for Våler`).toBeGreaterThan(0);
      expect(counts.rows[0]!.asnes, `no ${tabell} row for Åsnes`).toBeGreaterThan(0);
    });

    it('shows an organisation its own rows and none of another’s', async () => {
      const seen = (who: Ctx) =>
        asAppRole(
          who,
          sql<{ own: number; foreign: number }>`
          SELECT count(*) FILTER (WHERE ${col} = ${who.role.organisasjonId}::uuid)::int AS own,
            count(*) FILTER (WHERE ${col} IS DISTINCT FROM ${who.role.organisasjonId}::uuid)::int AS foreign FROM ${table}`,
        ).then((r) => r.rows[0]!);
      const v = await seen(valer);
      expect(v.own).toBeGreaterThan(0);
      expect(v.foreign).toBe(0);
      const a = await seen(asnes);
      expect(a.own).toBeGreaterThan(0);
      expect(a.foreign).toBe(0);
    });

    it('lets no organisation change or write another’s rows', async () => {
      const valerId = valer.role.organisasjonId;
      try {
        const updated = await asAppRole(asnes, sql`UPDATE ${table} SET ${col} = ${col} WHERE ${col} = ${valerId}::uuid`);
        expect(Number(updated.numAffectedRows ?? 0)).toBe(0);
      } catch (error) {
        expect((error as { code?: string }).code).toBe('42501');
      }
      const row = await sql<{ rad: unknown }>`SELECT to_jsonb(t) AS rad FROM ${table} t WHERE ${col} = ${valerId}::uuid LIMIT 1`.execute(
        handle.db,
      );
      const copy = sql`INSERT INTO ${table} OVERRIDING SYSTEM VALUE
        SELECT * FROM jsonb_populate_record(NULL::${table}, ${JSON.stringify(row.rows[0]!.rad)}::jsonb)`;
      const error = await refusal(asnes, copy);
      const writable = catalog.find((t) => t.tabell === tabell)!.app_skriver;
      expect(error.message).toMatch(writable ? /row-level security/ : /permission denied/);
    });
  });
});
