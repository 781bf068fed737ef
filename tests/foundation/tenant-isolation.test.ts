import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { createTestApp, loginAs } from '../support/test-app.js';
import { ctxFor, orgId, PASSWORD, seedWorld } from '../support/world.js';

describe(`tenant isolation (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    app = await createTestApp(handle);
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('shows a Våler user only Våler units and users through the API', async () => {
    const valer = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    const units = (await valer.request('GET', '/api/enheter')).json().items as { navn: string }[];
    expect(units.map((u) => u.navn)).toContain('Våler skole');
    expect(units.map((u) => u.navn)).not.toContain('Flisa skole');
    const users = (await valer.request('GET', '/api/brukere')).json().items as { brukernavn: string }[];
    expect(users.some((u) => u.brukernavn.startsWith('asnes.'))).toBe(false);
    expect(users.some((u) => u.brukernavn === 'valer.arkivar')).toBe(true);
  });

  it('refuses a Våler user who tries to act in an Åsnes role or unit', async () => {
    const valer = await loginAs(app, 'valer.systemansvarlig', PASSWORD);
    const asnesArchivist = await loginAs(app, 'asnes.arkivar', PASSWORD);
    const asnesRoleId = asnesArchivist.session.aktivRolleId!;
    const switched = await valer.request('PUT', '/api/session/aktiv-rolle', { rolletildelingId: asnesRoleId });
    expect(switched.statusCode).toBe(404);
    const asnesUnits = (await loginAs(app, 'asnes.systemansvarlig', PASSWORD)).request('GET', '/api/enheter');
    const flisa = ((await asnesUnits).json().items as { id: string; navn: string }[]).find((u) => u.navn === 'Flisa skole')!;
    const created = await valer.request('POST', '/api/enheter', { kortnavn: 'X1', navn: 'Snikenhet', overordnetEnhetId: flisa.id });
    expect(created.statusCode).toBe(404);
    const role = await valer.request('POST', '/api/rolletildelinger', { brukernavn: 'valer.leder', rolle: 'LED', enhetId: flisa.id });
    expect(role.statusCode).toBe(404);
  });

  it('lets the document-centre archivist switch between the three organisations', async () => {
    const archivist = await loginAs(app, 'dokumentsenter', PASSWORD);
    const orgs = archivist.session.roller.map((r) => r.organisasjon.kortnavn).sort();
    expect(orgs).toEqual(['asnes', 'grue', 'valer']);
    for (const kortnavn of ['valer', 'asnes', 'grue']) {
      await archivist.switchTo(kortnavn, 'ARK');
      const units = (await archivist.request('GET', '/api/enheter')).json().items as { navn: string }[];
      const school = { valer: 'Våler skole', asnes: 'Flisa skole', grue: 'Grue barneskole' }[kortnavn]!;
      expect(units.map((u) => u.navn)).toContain(school);
      expect(units).toHaveLength(9);
    }
  });

  it('hides other organisations in the data layer even for a query without a filter (RLS)', async () => {
    const ctx = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
    const asnes = await orgId(handle, 'asnes');
    const seen = await inTenant(ctx, (tx) => tx.selectFrom('administrativ_enhet').select('organisasjon_id').execute());
    expect(new Set(seen.map((r) => r.organisasjon_id))).toEqual(new Set([ctx.role.organisasjonId]));
    const updated = await inTenant(ctx, (tx) =>
      tx.updateTable('administrativ_enhet').set({ navn: 'Kapret' }).where('organisasjon_id', '=', asnes).executeTakeFirst(),
    );
    expect(Number(updated.numUpdatedRows)).toBe(0);
    await expect(
      inTenant(ctx, (tx) =>
        tx.insertInto('administrativ_enhet').values({ organisasjon_id: asnes, kortnavn: 'ZZ', navn: 'Inntrenger' }).execute(),
      ),
    ).rejects.toThrow(/row-level security/);
    const orgs = await inTenant(ctx, (tx) => sql<{ n: number }>`SELECT count(*)::int AS n FROM organisasjon`.execute(tx));
    expect(orgs.rows[0]!.n).toBe(1);
  });
});
