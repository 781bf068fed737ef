import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { LocalFileStore } from '../../src/files/local-file-store.js';
import { importUttrekk } from '../../src/features/uttrekk-import/import-uttrekk.js';
import { UTTREKK_IMPORT_COMMANDS } from '../../src/cli/uttrekk-import-commands.js';
import { silentLog } from '../support/world.js';
import { DomainError } from '../../src/shared/errors.js';
import type { Ctx } from '../../src/shared/context.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { ctxFor, seedWorld, systemCtxFor } from '../support/world.js';
import { catchUpSearchIndex } from '../../src/features/sok/search-index-queue.js';
import { search } from '../../src/features/sok/search.js';
import { PDF, TIFF, sha256, writePackage, type FixtureCase } from './fixture.js';

/*
 * Issue 17 item 6: a Noark 5 extraction imported into a read-only historical
 * arkiv, on hand-made packages with other vendors' oddities (see fixture.ts).
 */
describe(`uttrekk-import (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let grue: Ctx;
  let asnes: Ctx;
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'uttrekk-import-files-'));
  const files = new LocalFileStore({ root: filesDir });

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedWorld(handle);
    grue = await systemCtxFor(handle, 'grue');
    asnes = await systemCtxFor(handle, 'asnes');
  });
  afterAll(() => handle.close());

  const count = async (ctx: Ctx, table: 'saksmappe' | 'journalpost' | 'dokumentobjekt' | 'arkiv' | 'uttrekk_import') =>
    Number(
      (
        await handle.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('organisasjon_id', '=', ctx.role.organisasjonId)
          .executeTakeFirstOrThrow()
      ).n,
    );

  const caseOf = (n: number, extra: Partial<FixtureCase> = {}): FixtureCase => ({
    saksaar: 2018,
    sakssekvensnummer: n,
    tittel: `Byggesak ${n}`,
    records: [{ journalaar: 2018, journalsekvensnummer: 100 + n, journalpostnummer: 1, tittel: `Søknad ${n}` }],
    ...extra,
  });

  it('imports structure, cases, records, parties, remarks, documents and the change log with numbers, dates and systemIDs as they were', async () => {
    const sakId = randomUUID();
    const jpId = randomUUID();
    const dir = writePackage({
      cases: [
        {
          systemId: sakId,
          saksaar: 2019,
          sakssekvensnummer: 17,
          tittel: 'Garasje i strandsonen',
          saksdato: '2019-02-03',
          part: 'Ola Nordmann',
          merknad: 'Befaring gjort',
          records: [
            {
              systemId: jpId,
              journalaar: 2019,
              journalsekvensnummer: 345,
              journalpostnummer: 1,
              tittel: 'Søknad om garasje',
              journaldato: '2019-02-04',
              korrespondansepart: 'Ola Nordmann',
              merknad: 'Mangler tegning',
              documents: [
                { file: 'soknad.pdf', content: PDF, format: 'PDF/A', konvertering: { fra: 'fmt/412', verktoey: 'LibreOffice 6.1' } },
              ],
            },
            {
              journalaar: 2019,
              journalsekvensnummer: 400,
              journalpostnummer: 2,
              tittel: 'Vedtak',
              journalposttype: 'U',
              journalstatus: 'Journalført',
              documents: [{ file: 'kart.tif', content: TIFF }],
            },
            { type: 'arkivnotat', journalpostnummer: 3, tittel: 'Telefonnotat' },
          ],
        },
      ],
      endringer: [{ ref: jpId, felt: 'tittel', tidligere: 'Søknad', ny: 'Søknad om garasje' }],
    });
    const report = await importUttrekk(grue, { katalog: dir, files });
    expect(report).toMatchObject({
      status: 'fullført',
      noarkVersjon: '5.0',
      antall: { mapper: 1, registreringer: 3, dokumenter: 2, filer: 2, endringer: 1 },
      sjekksumAvvik: [],
    });

    const org = grue.role.organisasjonId;
    const sak = await handle.db.selectFrom('saksmappe').selectAll().where('id', '=', sakId).executeTakeFirstOrThrow();
    expect(sak).toMatchObject({
      organisasjon_id: org,
      saksaar: 2019,
      sakssekvensnummer: 17,
      saksdato: '2019-02-03',
      saksstatus: 'A',
      primaer_klasseverdi: '614',
      siste_journalpostnummer: 3,
    });
    const del = await handle.db.selectFrom('arkivdel').selectAll().where('id', '=', sak.arkivdel_id).executeTakeFirstOrThrow();
    expect(del).toMatchObject({
      arkivdelstatus: 'P',
      historisk: true,
      arkivperiode_start_dato: '2015-01-01',
      arkivperiode_slutt_dato: '2019-12-31',
    });
    const records = await handle.db
      .selectFrom('journalpost')
      .selectAll()
      .where('saksmappe_id', '=', sakId)
      .orderBy('journalpostnummer')
      .execute();
    expect(
      records.map((r) => [
        r.registreringstype,
        r.journalaar,
        r.journalsekvensnummer,
        r.journalpostnummer,
        r.journalposttype,
        r.journalstatus,
      ]),
    ).toEqual([
      ['journalpost', 2019, 345, 1, 'I', 'A'],
      ['journalpost', 2019, 400, 2, 'U', 'J'],
      ['arkivnotat', null, null, 3, 'X', 'A'],
    ]);
    expect(records[0]).toMatchObject({ id: jpId, journaldato: '2019-02-04' });
    const objekter = await handle.db
      .selectFrom('dokumentobjekt')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .orderBy('filnavn')
      .execute();
    expect(objekter.map((o) => [o.filnavn, o.format, o.mime_type, o.sjekksum, o.konvertert_fra_format, o.konverteringsverktoey])).toEqual([
      ['kart.tif', 'TIFF', 'image/tiff', sha256(TIFF), null, null],
      // Krav 6.4.42: the package's konvertering is kept (from format and tool; its date is the object's).
      ['soknad.pdf', 'PDF/A', 'application/pdf', sha256(PDF), 'fmt/412', 'LibreOffice 6.1'],
    ]);
    expect(await files.has(org, sha256(PDF))).toBe(true);
    expect(
      await handle.db
        .selectFrom('korrespondansepart')
        .select(['navn', 'korrespondanseparttype'])
        .where('journalpost_id', '=', jpId)
        .execute(),
    ).toEqual([{ navn: 'Ola Nordmann', korrespondanseparttype: 'EA' }]);
    expect(
      (
        await handle.db.selectFrom('merknad').select('merknadstekst').where('organisasjon_id', '=', org).orderBy('merknadstekst').execute()
      ).map((m) => m.merknadstekst),
    ).toEqual(['Befaring gjort', 'Mangler tegning']);
    expect(await handle.db.selectFrom('part').select('part_navn').where('saksmappe_id', '=', sakId).execute()).toEqual([
      { part_navn: 'Ola Nordmann' },
    ]);
    const endring = await handle.db
      .selectFrom('uttrekk_import_endring')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .executeTakeFirstOrThrow();
    expect(endring).toMatchObject({
      objekt_type: 'journalpost',
      objekt_id: jpId,
      referanse_metadata: 'tittel',
      endret_av: 'Ola Arkivar',
      tidligere_verdi: 'Søknad',
      ny_verdi: 'Søknad om garasje',
    });
    const kept = await handle.db
      .selectFrom('uttrekk_import_objekt')
      .select('opprinnelig')
      .where('objekt_id', '=', sakId)
      .executeTakeFirstOrThrow();
    expect(kept.opprinnelig).toMatchObject({ saksansvarlig: 'Kari Saksbehandler', administrativEnhet: 'Teknisk etat' });

    // The live counters move past the imported numbers: 2019's next numbers are new ones.
    const counters = await handle.db
      .selectFrom('nummerserie')
      .select(['serie', 'aar', 'siste'])
      .where('organisasjon_id', '=', org)
      .orderBy('serie')
      .execute();
    expect(counters).toEqual([
      { serie: 'journalpost', aar: 2019, siste: 400 },
      { serie: 'saksmappe', aar: 2019, siste: 17 },
    ]);

    // The same package again: nothing is done twice.
    const again = await importUttrekk(grue, { katalog: dir, files });
    expect(again.status).toBe('allerede importert');
    expect(await count(grue, 'saksmappe')).toBe(1);
  });

  it('keeps the historical arkivdel read-only: no new case, record or document, no change to what is in it', async () => {
    const org = grue.role.organisasjonId;
    const sak = await handle.db
      .selectFrom('saksmappe')
      .select(['id', 'arkivdel_id', 'administrativ_enhet_id'])
      .where('organisasjon_id', '=', org)
      .executeTakeFirstOrThrow();
    const jp = await handle.db.selectFrom('journalpost').select('id').where('saksmappe_id', '=', sak.id).executeTakeFirstOrThrow();
    const refusal = (work: Parameters<typeof inTenant>[1]) =>
      inTenant(grue, work).then(
        () => 'accepted',
        (error: { code?: string; message: string }) => `${error.code}: ${error.message}`,
      );
    expect(await refusal((tx) => tx.updateTable('journalpost').set({ tittel: 'Endret' }).where('id', '=', jp.id).execute())).toMatch(
      /SG001.*historisk/,
    );
    expect(await refusal((tx) => tx.updateTable('saksmappe').set({ tittel: 'Endret' }).where('id', '=', sak.id).execute())).toMatch(
      /SG001.*historisk/,
    );
    expect(await refusal((tx) => tx.updateTable('arkivdel').set({ tittel: 'Endret' }).where('id', '=', sak.arkivdel_id).execute())).toMatch(
      /SG001.*historisk/,
    );
    expect(
      await refusal((tx) =>
        tx
          .insertInto('saksmappe')
          .values({
            organisasjon_id: org,
            arkivdel_id: sak.arkivdel_id,
            saksaar: 2019,
            sakssekvensnummer: 999,
            tittel: 'Ny',
            saksdato: '2019-01-01',
            administrativ_enhet_id: sak.administrativ_enhet_id,
            saksansvarlig_id: grue.actor.brukerId,
            saksstatus: 'B',
            opprettet_av: grue.actor.brukerId,
          })
          .execute(),
      ),
    ).toMatch(/SG001/);
    expect(
      await refusal((tx) =>
        tx
          .insertInto('dokumentbeskrivelse')
          .values({
            organisasjon_id: org,
            journalpost_id: jp.id,
            dokumenttype: 'B',
            dokumentstatus: 'F',
            tittel: 'Ny',
            tilknyttet_registrering_som: 'V',
            dokumentnummer: 9,
            tilknyttet_av: grue.actor.brukerId,
            opprettet_av: grue.actor.brukerId,
          })
          .execute(),
      ),
    ).toMatch(/SG001.*historisk/);
  });

  it('refuses hostile XML with a clear message before anything is stored', async () => {
    const hostile = {
      'external entity':
        '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><arkivstruktur><arkiv>&x;</arkiv></arkivstruktur>',
      'entity expansion': '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;">]><arkivstruktur>&lol1;</arkivstruktur>',
      'undeclared entity': '<arkivstruktur><arkiv><tittel>&lol9;</tittel></arkiv></arkivstruktur>',
      'oversized text': `<arkivstruktur><arkiv><tittel>${'A'.repeat(1_100_000)}</tittel></arkiv></arkivstruktur>`,
      'not UTF-8': Buffer.from('<arkivstruktur><arkiv><tittel>\xe6\xf8\xe5</tittel></arkiv></arkivstruktur>', 'latin1'),
      'absurd depth': `<arkivstruktur>${'<arkiv>'.repeat(100)}${'</arkiv>'.repeat(100)}</arkivstruktur>`,
    };
    for (const [what, xml] of Object.entries(hostile)) {
      const dir = writePackage({ cases: [], rawArkivstruktur: xml });
      const error = await importUttrekk(asnes, { katalog: dir, files }).catch((e: unknown) => e);
      expect(error, what).toBeInstanceOf(DomainError);
      expect((error as DomainError).code, what).toBe('UTTREKK_INVALID');
      expect((error as DomainError).text.en, what).toMatch(/arkivstruktur\.xml is refused/);
    }
    expect(await count(asnes, 'uttrekk_import')).toBe(0);
    expect(await count(asnes, 'arkiv')).toBe(0);
  });

  it('refuses a package whose files do not match the ADDML checksums, and reports a document file that does not match its own', async () => {
    const dir = writePackage({ cases: [caseOf(1)] });
    fs.appendFileSync(path.join(dir, 'arkivstruktur.xml'), '<!-- endret -->\n');
    const error = (await importUttrekk(asnes, { katalog: dir, files }).catch((e: unknown) => e)) as DomainError;
    expect(error.text.en).toMatch(/checksum of arkivstruktur\.xml does not match/);
    expect(await count(asnes, 'uttrekk_import')).toBe(0);

    const bad = writePackage({
      cases: [
        caseOf(2, {
          records: [
            {
              journalaar: 2018,
              journalsekvensnummer: 7,
              journalpostnummer: 1,
              tittel: 'Brev',
              documents: [{ file: 'a.pdf', content: PDF, wrongChecksum: true }],
            },
          ],
        }),
      ],
    });
    const report = await importUttrekk(asnes, { katalog: bad, files });
    expect(report.sjekksumAvvik).toEqual([expect.stringContaining('dokumenter/a.pdf')]);
  });

  it('reads a v4.0 package with missing optional fields, sakspart, basisregistrering, TIFF documents, and reports what it could not map', async () => {
    const vaaler = await systemCtxFor(handle, 'valer');
    const dir = writePackage({
      version: '4.0',
      cases: [
        {
          saksaar: 2010,
          sakssekvensnummer: 5,
          tittel: 'Gammel sak',
          part: 'Kari Nordmann',
          saksstatus: 'Under behandling',
          records: [
            { type: 'basisregistrering', tittel: 'Løst papir', documents: [{ file: 'skann.tiff', content: TIFF }] },
            { journalaar: 2010, journalsekvensnummer: 3, tittel: 'Uten nummer i saken', journalposttype: 'Ukjent type' },
          ],
        },
      ],
    });
    const report = await importUttrekk(vaaler, { katalog: dir, files });
    expect(report).toMatchObject({ noarkVersjon: '4.0', antall: { mapper: 1, registreringer: 2, filer: 1 } });
    expect(report.ikkeKartlagt).toMatchObject({
      'journalposttype: ukjent kode «Ukjent type»': 1,
      'registrering uten (entydig) journalpostnummer: nytt nummer gitt': 2,
    });
    const org = vaaler.role.organisasjonId;
    const sak = await handle.db
      .selectFrom('saksmappe')
      .selectAll()
      .where('organisasjon_id', '=', org)
      .where('saksaar', '=', 2010)
      .executeTakeFirstOrThrow();
    // An open case of the old system stays open in its closed, historical period.
    expect(sak.saksstatus).toBe('B');
    expect(await handle.db.selectFrom('part').select('part_navn').where('saksmappe_id', '=', sak.id).execute()).toEqual([
      { part_navn: 'Kari Nordmann' },
    ]);
    const objekt = await handle.db
      .selectFrom('dokumentobjekt')
      .select(['format', 'mime_type'])
      .where('organisasjon_id', '=', org)
      .where('filnavn', '=', 'skann.tiff')
      .executeTakeFirstOrThrow();
    expect(objekt).toEqual({ format: 'TIFF', mime_type: 'image/tiff' });
  });

  it('refuses a package that numbers in a year the organisation has numbered in itself', async () => {
    const org = asnes.role.organisasjonId;
    await handle.db.insertInto('nummerserie').values({ organisasjon_id: org, serie: 'saksmappe', aar: 2016, siste: 3 }).execute();
    const dir = writePackage({ cases: [caseOf(1, { saksaar: 2016 })] });
    const error = (await importUttrekk(asnes, { katalog: dir, files }).catch((e: unknown) => e)) as DomainError;
    expect(error.text.en).toMatch(/numbers of its own in 2016/);
  });

  it('resumes an interrupted import where it stopped and stores nothing twice', async () => {
    const ctx = await systemCtxFor(handle, 'valer');
    const before = await count(ctx, 'saksmappe');
    const dir = writePackage({
      cases: Array.from({ length: 7 }, (_, i) =>
        caseOf(i + 1, {
          saksaar: 2017,
          records: [
            {
              journalaar: 2017,
              journalsekvensnummer: i + 1,
              journalpostnummer: 1,
              tittel: `Brev ${i}`,
              documents: [{ file: `d${i}.pdf`, content: `${PDF.toString()}${i}` }],
            },
          ],
        }),
      ),
    });
    const first = await importUttrekk(ctx, { katalog: dir, files, batchSize: 2, stopAfterUnits: 4 });
    expect(first.status).toBe('avbrutt');
    expect((await count(ctx, 'saksmappe')) - before).toBe(4);
    const second = await importUttrekk(ctx, { katalog: dir, files, batchSize: 2 });
    expect(second.status).toBe('fullført');
    expect(second.antall.mapper).toBe(3);
    expect((await count(ctx, 'saksmappe')) - before).toBe(7);
    const seq = await handle.db
      .selectFrom('journalpost')
      .select('journalsekvensnummer')
      .where('organisasjon_id', '=', ctx.role.organisasjonId)
      .where('journalaar', '=', 2017)
      .orderBy('journalsekvensnummer')
      .execute();
    expect(seq.map((s) => s.journalsekvensnummer)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('runs from the CLI (npx saksgang uttrekk-import <dir> --org ORGNR) and prints the report', async () => {
    const org = await handle.db
      .selectFrom('organisasjon')
      .select('organisasjonsnummer')
      .where('id', '=', grue.role.organisasjonId)
      .executeTakeFirstOrThrow();
    // The CLI builds its file store from the environment, as `npx saksgang` does; put the variable back for the next file in this worker.
    const saved = process.env.FILES_DIR;
    process.env.FILES_DIR = filesDir;
    onTestFinished(() => {
      if (saved === undefined) delete process.env.FILES_DIR;
      else process.env.FILES_DIR = saved;
    });
    const dir = writePackage({
      cases: [
        caseOf(1, {
          saksaar: 2014,
          records: [{ journalaar: 2014, journalsekvensnummer: 1, journalpostnummer: 1, tittel: 'Brev', journalposttype: 'Rart' }],
        }),
      ],
    });
    const out = await UTTREKK_IMPORT_COMMANDS['uttrekk-import']!.run(
      { db: handle.db, log: silentLog, now: () => new Date() },
      { org: org.organisasjonsnummer, katalog: dir },
    );
    expect(out).toMatch(/^Import fullført \(Noark 5\.0/);
    expect(out).toMatch(/Mapper: 1, registreringer: 1/);
    expect(out).toMatch(/1 × journalposttype: ukjent kode «Rart»/);
  });

  it('makes imported cases and records searchable under the read rule like any other (a package without an ADDML file)', async () => {
    const org = grue.role.organisasjonId;
    const dir = writePackage({
      withAddml: false,
      cases: [
        caseOf(1, {
          saksaar: 2012,
          tittel: 'Fyrlykt på Grue',
          records: [{ journalaar: 2012, journalsekvensnummer: 1, journalpostnummer: 1, tittel: 'Fyrlykt søknad' }],
        }),
        caseOf(2, {
          saksaar: 2012,
          tittel: 'Barnevern Hemmelighold',
          skjermet: true,
          records: [{ journalaar: 2012, journalsekvensnummer: 2, journalpostnummer: 1, tittel: 'Hemmelighold melding' }],
        }),
      ],
    });
    await importUttrekk(grue, { katalog: dir, files });
    await catchUpSearchIndex(handle.db, org);
    const hits = async (brukernavn: string, rolle: 'ARK' | 'LES' | 'LED', q: string) =>
      (await search(await ctxFor(handle, brukernavn, 'grue', rolle), { q })).items.map((h) => h.tittel).sort();
    expect(await hits('grue.lesetilgang', 'LES', 'Fyrlykt')).toEqual(['Fyrlykt på Grue', 'Fyrlykt søknad']);
    expect(await hits('grue.lesetilgang', 'LES', 'Hemmelighold')).toEqual([]);
    expect((await hits('grue.arkivar', 'ARK', 'Hemmelighold')).length).toBe(2);
  });
});
