import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant, type Tx } from '../../src/db/tenant.js';
import { search } from '../../src/features/sok/search.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor } from '../support/world.js';
import { jp, sak, searchWorld, type Org } from './fixture.js';

/*
 * Each document is searched under its own screening (migration 0027): its
 * row in sok_dokument carries what the read rule's `documentObject` makes of
 * it, and the triggers keep the row so whatever changes the document, its
 * record or its case. The read matrix proves who finds what; this proves the
 * rows stay equal to their source through every kind of change.
 */
describe(`search: documents under their own screening (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let valer: Org;
  let les: Ctx;
  let ids: { sak: string; annenSak: string; jp: string; dok: string; personal: string };
  const write = (work: (tx: Tx) => Promise<unknown>) => inTenant(valer.ctx, work);

  /** Rows of sok_dokument that differ from what sok_kilde_dokument says now, both ways. */
  async function stale() {
    const rows = await sql<{ objekt_id: string }>`
      (SELECT * FROM sok_dokument EXCEPT SELECT * FROM sok_kilde_dokument)
      UNION ALL (SELECT * FROM sok_kilde_dokument EXCEPT SELECT * FROM sok_dokument)`.execute(handle.db);
    return rows.rows.map((r) => r.objekt_id);
  }

  beforeAll(async () => {
    handle = await createTestDatabase();
    ({ valer } = await searchWorld(handle));
    les = await ctxFor(handle, 'valer.lesetilgang', 'valer', 'LES');
    const saken = await sak(valer, { tittel: 'Turveg langs elva', dato: '2026-02-01' });
    const annen = await sak(valer, { tittel: 'Turveg over åsen', dato: '2026-02-02' });
    const record = await jp(valer, saken, {
      tittel: 'Innspill',
      dokumenter: [{ tittel: 'Innspill', tekst: 'Grunneier Olsholm sier nei' }],
    });
    const dok = await handle.db
      .selectFrom('dokumentbeskrivelse')
      .select('id')
      .where('journalpost_id', '=', record.id)
      .executeTakeFirstOrThrow();
    const personal = await handle.db
      .selectFrom('tilgangsgruppe')
      .select('id')
      .where('organisasjon_id', '=', valer.id)
      .where('navn', '=', 'Personal')
      .executeTakeFirstOrThrow();
    ids = { sak: saken.id, annenSak: annen.id, jp: record.id, dok: dok.id, personal: personal.id };
  });
  afterAll(() => handle.close());

  it('indexes a public document for everyone, and a screened one only for those who read it', async () => {
    expect(await stale()).toEqual([]);
    expect((await search(les, { q: 'Olsholm' })).items.map((h) => h.id)).toEqual([ids.jp]);
    await write((tx) =>
      tx.updateTable('dokumentbeskrivelse').set({ tilgangskode: 'U', tilgangsgruppe_id: ids.personal }).where('id', '=', ids.dok).execute(),
    );
    expect(await stale()).toEqual([]);
    expect(await search(les, { q: 'Olsholm' })).toMatchObject({ total: 0, items: [] });
    // The record's own words still find it, without the document's text in the snippet.
    const [hit] = (await search(les, { q: 'innspill' })).items;
    expect(hit?.id).toBe(ids.jp);
    expect(JSON.stringify(hit?.utdrag)).not.toContain('Olsholm');
  });

  it('follows what a document takes from its record: code, group, saksbehandler, unit, case', async () => {
    await write((tx) =>
      tx
        .updateTable('journalpost')
        .set({
          tilgangskode: 'P',
          tilgangsgruppe_id: ids.personal,
          saksbehandler_id: valer.bruker.leder!,
          administrativ_enhet_id: valer.enhet.SKO!,
        })
        .where('id', '=', ids.jp)
        .execute(),
    );
    expect(await stale()).toEqual([]);
    await write((tx) => tx.updateTable('journalpost').set({ saksmappe_id: ids.annenSak }).where('id', '=', ids.jp).execute());
    expect(await stale()).toEqual([]);
  });

  it('follows what a document takes from its case: owner, unit, internal contacts', async () => {
    await write((tx) =>
      tx
        .updateTable('saksmappe')
        .set({ saksansvarlig_id: valer.bruker.leder!, administrativ_enhet_id: valer.enhet.HO! })
        .where('id', '=', ids.annenSak)
        .execute(),
    );
    expect(await stale()).toEqual([]);
    const kontakt = {
      organisasjon_id: valer.id,
      saksmappe_id: ids.annenSak,
      bruker_id: valer.bruker.lesetilgang!,
      opprettet_av: valer.ctx.actor.brukerId,
    };
    await write((tx) => tx.insertInto('saksmappe_intern_kontakt').values(kontakt).execute());
    expect(await stale()).toEqual([]);
    // An internal contact reads the screened document, and so finds it.
    expect((await search(les, { q: 'Olsholm' })).items.map((h) => h.id)).toEqual([ids.jp]);
    await write((tx) => tx.deleteFrom('saksmappe_intern_kontakt').where('saksmappe_id', '=', ids.annenSak).execute());
    expect(await stale()).toEqual([]);
    expect((await search(les, { q: 'Olsholm' })).total).toBe(0);
  });

  it("follows the document's own title and a new version's text", async () => {
    await write((tx) =>
      tx.updateTable('dokumentbeskrivelse').set({ tittel: 'Innspill fra grunneier' }).where('id', '=', ids.dok).execute(),
    );
    expect(await stale()).toEqual([]);
    const tekst = 'Grunneier Olsholm har ombestemt seg: Fjellvang';
    const sjekksum = createHash('sha256').update(tekst).digest('hex');
    const by = valer.ctx.actor.brukerId;
    await write(async (tx) => {
      await tx
        .insertInto('fil')
        .values({ organisasjon_id: valer.id, sjekksum, filstoerrelse: 1, mime_type: 'application/pdf', format: 'fmt/276' })
        .execute();
      await tx
        .insertInto('dokumentobjekt')
        .values({
          organisasjon_id: valer.id,
          dokumentbeskrivelse_id: ids.dok,
          versjonsnummer: 2,
          variantformat: 'P',
          format: 'fmt/276',
          filnavn: 'brev-2.pdf',
          mime_type: 'application/pdf',
          sjekksum,
          filstoerrelse: 1,
          opprettet_av: by,
        })
        .execute();
    });
    expect(await stale()).toEqual([]);
    await write((tx) => tx.insertInto('fil_tekst').values({ organisasjon_id: valer.id, sjekksum, tekst }).execute());
    expect(await stale()).toEqual([]);
    const ark = await ctxFor(handle, 'valer.arkivar', 'valer', 'ARK');
    expect((await search(ark, { q: 'Fjellvang' })).items.map((h) => h.id)).toEqual([ids.jp]);
  });
});
