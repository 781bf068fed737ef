import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inForce, type RolePeriod } from '../../src/features/organisations/domain/role-period.js';
import { roleInForceSql } from '../../src/features/organisations/role-in-force-sql.js';
import { createTestDatabase, engineName } from '../support/test-db.js';

/* The role period rule and its SQL twin agree on every edge of a period. */
describe(`a role in force, in TypeScript and in SQL (${engineName()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
  });
  afterAll(async () => handle?.close());

  const today = '2026-06-15';
  const periods: RolePeriod[] = [
    { fraDato: '2026-01-01', tilDato: null },
    { fraDato: today, tilDato: null },
    { fraDato: '2026-06-16', tilDato: null },
    { fraDato: '2026-01-01', tilDato: today },
    { fraDato: '2026-01-01', tilDato: '2026-06-14' },
    { fraDato: today, tilDato: '2026-06-14' }, // ended the day it began: never in force
    { fraDato: '2026-06-16', tilDato: '2026-12-31' },
  ];

  it('gives the same answer as inForce for each period', async () => {
    const rows = sql.join(periods.map((p, i) => sql`(${i}, ${p.fraDato}::date, ${p.tilDato}::date)`));
    const inSql = await sql<{ i: number }>`SELECT p.i FROM (VALUES ${rows}) AS p(i, fra_dato, til_dato)
      WHERE ${roleInForceSql('p', today)} ORDER BY p.i`.execute(handle.db);
    const expected = periods.flatMap((p, i) => (inForce(p, today) ? [i] : []));
    expect(inSql.rows.map((r) => Number(r.i))).toEqual(expected);
    expect(expected).toEqual([0, 1, 3]);
  });
});
