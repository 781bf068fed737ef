import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { createOrganisation } from '../../src/features/organisations/create-organisation.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld, silentLog, systemCtxFor } from '../support/world.js';

describe(`access schema (${engineName()})`, () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
  });
  afterAll(async () => handle.close());

  it('gives every organisation, also one created later, the standard access codes and groups', async () => {
    await createOrganisation(
      { db: handle.db, now: () => new Date(), log: silentLog },
      {
        navn: 'Testkommune',
        kortnavn: 'test',
        organisasjonsnummer: '974760673',
      },
    );
    for (const org of ['valer', 'test']) {
      const ctx = await systemCtxFor(handle, org);
      const koder = await inTenant(ctx, (tx) =>
        tx.selectFrom('tilgangskode').select(['kode', 'skjermingshjemmel']).orderBy('kode').execute(),
      );
      expect(koder.map((k) => k.kode)).toEqual(['E', 'P', 'S', 'U', 'XX']);
      expect(koder.find((k) => k.kode === 'P')?.skjermingshjemmel).toBe('Offl §13 jf. fvl §13 første ledd nr. 1');
      const grupper = await inTenant(ctx, (tx) => tx.selectFrom('tilgangsgruppe').select('navn').orderBy('navn').execute());
      expect(grupper.map((g) => g.navn)).toEqual(['Elev', 'Personal', 'Personal begrenset tilgang']);
    }
  });

  it('keeps the reading log append-only for the application role', async () => {
    const ctx = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
    await expect(inTenant(ctx, (tx) => sql`DELETE FROM lesing_logg`.execute(tx))).rejects.toThrow(/permission denied/);
    await expect(inTenant(ctx, (tx) => sql`UPDATE lesing_logg SET tilgangskode = 'U'`.execute(tx))).rejects.toThrow(/permission denied/);
  });

  it('shows one organisation none of the access rows of another', async () => {
    const asnes = await ctxFor(handle, 'asnes.arkivar', 'asnes', 'ARK');
    const valerId = (await systemCtxFor(handle, 'valer')).role.organisasjonId;
    const seen = await inTenant(asnes, (tx) =>
      tx.selectFrom('tilgangskode').select('kode').where('organisasjon_id', '=', valerId).execute(),
    );
    expect(seen).toEqual([]);
  });
});
