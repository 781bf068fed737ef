import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { addDokument } from '../../src/features/dokumenter/add-dokument.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { getKassasjon } from '../../src/features/kassasjon/get-kassasjon.js';
import { listKassasjonsliste } from '../../src/features/kassasjon/list-kassasjonsliste.js';
import { setKassasjon } from '../../src/features/kassasjon/set-kassasjon.js';
import { setRettsligHold } from '../../src/features/kassasjon/set-rettslig-hold.js';
import { createDocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { uttrekkRepository } from '../../src/features/uttrekk/uttrekk-repository.js';
import type { Ctx } from '../../src/shared/context.js';
import { tempDataDir } from '../documents/fixtures.js';
import { as, at, createCase, seedRecordsWorld } from '../records/records-world.js';
import { refusal, sql } from '../security/app-role.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD, silentLog } from '../support/world.js';

/*
 * Disposal (bevaring og kassasjon), Noark 5 krav 6.1 and issue 17 item 2
 * (docs/noark5-compliance.md, docs/kassasjon.md): each test names the
 * requirement it shows. Decisions on part, class, case, record and document,
 * inherited and overridden; the disposal date; the Kassasjonsliste; and
 * disposal carried out by the archive — files gone, descriptions, records and
 * log kept — refused under a legal hold, before the date, or before the part
 * is in a finished extraction.
 */

const TODAY = '2026-12-02T10:00:00Z';

describe(`disposal, krav 6.1 (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let stores: ReturnType<typeof createDocumentStores>;
  let ark: Ctx;
  let sb: Ctx;
  let arkivar: Client;
  let saksbehandler: Client;
  let sakArkivdelId: string;
  let serial = 0;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    stores = createDocumentStores({ dataDir }, silentLog, { ...process.env, SECURE_ZONE_KEY_FILE: '' });
    app = await createTestApp(handle, { dataDir });
    ark = at(await as(handle, 'valer', 'ARK'), TODAY);
    sb = await as(handle, 'valer', 'SB');
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    saksbehandler = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    sakArkivdelId = (
      await inTenant(ark, (tx) =>
        tx
          .selectFrom('arkivdel')
          .select('id')
          .where('organisasjon_id', '=', ark.role.organisasjonId)
          .where('kortnavn', '=', 'SAK')
          .executeTakeFirstOrThrow(),
      )
    ).id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A case with one record and two documents (distinct content), closed on `closed` (the owner's hand: closing is not under test). */
  async function closedCase(closed = '2010-06-15T10:00:00Z', tittel = `Byggesak kassasjon ${++serial}`) {
    const sak = await createCase(ark, { tittel });
    const jp = await registerJournalpost(ark, sak.id, { journalposttype: 'I', tittel: `Søknad ${serial}`, journalstatus: 'M' });
    const docs = [];
    for (const n of [1, 2]) {
      const body = Buffer.from(`dokument ${serial}.${n} ${Math.random()}`);
      docs.push(
        await addDokument(
          ark,
          stores,
          jp.id,
          { tittel: `Vedlegg ${n}`, dokumenttype: 'B' },
          { stream: Readable.from([body]), filnavn: `d${n}.txt` },
        ),
      );
    }
    await handle.db
      .updateTable('saksmappe')
      .set({ saksstatus: 'A', avsluttet_dato: new Date(closed), avsluttet_av: ark.actor.brukerId })
      .where('id', '=', sak.id)
      .execute();
    return { sakId: sak.id, jpId: jp.id, dokIds: docs.map((d) => d.dokument.id) };
  }

  const klasseL42 = async () =>
    (
      await inTenant(ark, (tx) =>
        tx
          .selectFrom('klasse')
          .select('id')
          .where('organisasjon_id', '=', ark.role.organisasjonId)
          .where('klasse_id', '=', 'L42')
          .executeTakeFirstOrThrow(),
      )
    ).id;

  const logOf = (objektId: string) =>
    inTenant(ark, (tx) =>
      tx
        .selectFrom('endringslogg')
        .select(['objekt_type', 'felt', 'tidligere_verdi', 'ny_verdi', 'endret_av'])
        .where('objekt_id', '=', objektId)
        .orderBy('endret_dato')
        .execute(),
    );

  const filesOf = (dokId: string) =>
    inTenant(ark, (tx) => tx.selectFrom('dokumentobjekt').select(['id', 'sjekksum']).where('dokumentbeskrivelse_id', '=', dokId).execute());

  async function markExtracted(arkivdelId: string, periode: string | null = null) {
    await inTenant(ark, async (tx) => {
      const id = await uttrekkRepository.startRun(tx, {
        organisasjonId: ark.role.organisasjonId,
        arkivdelIder: [arkivdelId],
        periodeFra: periode,
        periodeTil: periode,
        utdataKatalog: '/tmp/uttrekk',
        opprettetAv: ark.actor.brukerId,
      });
      await uttrekkRepository.finishRun(tx, ark.role.organisasjonId, id, {
        antallMapper: 1,
        antallRegistreringer: 1,
        antallDokumentfiler: 1,
        sjekksumArkivuttrekk: 'a'.repeat(64),
      });
    });
  }

  it('krav 6.1.4, 6.1.5, 6.1.11: the archive registers a decision, hjemmel and bevaringstid on a case by hand, overriding what it inherits, and logged', async () => {
    const { sakId } = await closedCase();
    const set = await arkivar.request('PUT', `/api/kassasjon/saksmappe/${sakId}`, {
      kassasjon: { kassasjonsvedtak: 'B', kassasjonshjemmel: 'Bevarings- og kassasjonsplan § 3', bevaringstid: null },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toMatchObject({
      kilde: 'egen',
      egen: { kassasjonsvedtak: 'B', kassasjonshjemmel: 'Bevarings- og kassasjonsplan § 3' },
    });
    // The three obligatory values and no other.
    for (const v of ['B', 'K', 'G']) {
      const r = await arkivar.request('PUT', `/api/kassasjon/saksmappe/${sakId}`, { kassasjon: { kassasjonsvedtak: v, bevaringstid: 10 } });
      expect(r.statusCode, v).toBe(200);
    }
    expect((await arkivar.request('PUT', `/api/kassasjon/saksmappe/${sakId}`, { kassasjon: { kassasjonsvedtak: 'X' } })).statusCode).toBe(
      400,
    );
    // «Kasseres» needs a retention period or a date.
    const bad = await arkivar.request('PUT', `/api/kassasjon/saksmappe/${sakId}`, { kassasjon: { kassasjonsvedtak: 'K' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('bevaringstid');
    // Only the archive.
    expect((await saksbehandler.request('PUT', `/api/kassasjon/saksmappe/${sakId}`, { kassasjon: null })).statusCode).toBe(403);
    const log = (await logOf(sakId)).filter((l) => l.objekt_type === 'kassasjon');
    expect(log).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ felt: 'kassasjonsvedtak', tidligere_verdi: null, ny_verdi: 'B', endret_av: ark.actor.brukerId }),
        expect.objectContaining({ felt: 'kassasjonshjemmel', ny_verdi: 'Bevarings- og kassasjonsplan § 3' }),
        expect.objectContaining({ felt: 'bevaringstid', tidligere_verdi: null, ny_verdi: '10' }),
        expect.objectContaining({ felt: 'kassasjonsvedtak', tidligere_verdi: 'K', ny_verdi: 'G' }),
      ]),
    );
    // On a record and a document too.
    const { jpId, dokIds } = await closedCase();
    expect((await setKassasjon(ark, 'journalpost', jpId, { kassasjonsvedtak: 'G' })).egen?.kassasjonsvedtak).toBe('G');
    expect((await setKassasjon(ark, 'dokumentbeskrivelse', dokIds[0]!, { kassasjonsvedtak: 'B' })).kilde).toBe('egen');
  });

  it('krav 6.1.1, 6.1.2, 6.1.3, 6.1.9, 6.1.10: a class and an arkivdel pass their decision down; the part overrides the class; inheritance can be switched off or reach records and documents', async () => {
    const klasseId = await klasseL42();
    // A part of its own, so the others' tests are not moved by this one.
    const { sakId, jpId, dokIds } = await closedCase();
    await setKassasjon(ark, 'klasse', klasseId, { kassasjonsvedtak: 'K', bevaringstid: 10, kassasjonshjemmel: 'Klassens plan' });
    expect(await getKassasjon(ark, 'saksmappe', sakId)).toMatchObject({
      kilde: 'klasse',
      effektiv: { kassasjonsvedtak: 'K', bevaringstid: 10 },
    });
    // 'mappe' (the default) reaches the case, not its record or documents.
    expect((await getKassasjon(ark, 'journalpost', jpId)).kilde).toBeNull();
    await setKassasjon(ark, 'klasse', klasseId, { kassasjonsvedtak: 'K', bevaringstid: 10 }, 'alle');
    expect(await getKassasjon(ark, 'journalpost', jpId)).toMatchObject({ kilde: 'klasse', effektiv: { kassasjonsvedtak: 'K' } });
    expect(await getKassasjon(ark, 'dokumentbeskrivelse', dokIds[1]!)).toMatchObject({ kilde: 'klasse' });
    // The part's decision overrides the class's (6.1.3).
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, { kassasjonsvedtak: 'B', kassasjonshjemmel: 'Arkivdelens plan' });
    expect(await getKassasjon(ark, 'saksmappe', sakId)).toMatchObject({ kilde: 'arkivdel', effektiv: { kassasjonsvedtak: 'B' } });
    // Switched off on the part (6.1.9): the class's holds again; off on both: none.
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, { kassasjonsvedtak: 'B' }, 'av');
    expect((await getKassasjon(ark, 'saksmappe', sakId)).kilde).toBe('klasse');
    await setKassasjon(ark, 'klasse', klasseId, { kassasjonsvedtak: 'K', bevaringstid: 10 }, 'av');
    expect(await getKassasjon(ark, 'saksmappe', sakId)).toMatchObject({ kilde: null, effektiv: null });
    // A case's own decision reaches its record and documents; a record's own overrides it (6.1.11).
    await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', bevaringstid: 5 });
    expect(await getKassasjon(ark, 'dokumentbeskrivelse', dokIds[0]!)).toMatchObject({ kilde: 'saksmappe', effektiv: { bevaringstid: 5 } });
    await setKassasjon(ark, 'journalpost', jpId, { kassasjonsvedtak: 'B' });
    expect(await getKassasjon(ark, 'dokumentbeskrivelse', dokIds[0]!)).toMatchObject({
      kilde: 'journalpost',
      effektiv: { kassasjonsvedtak: 'B' },
    });
    // The part's and class's switches are logged.
    expect((await logOf(sakArkivdelId)).map((l) => l.felt)).toContain('kassasjonArv');
    // Reset for the other tests: nothing on the part or class.
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, null, 'mappe');
    await setKassasjon(ark, 'klasse', klasseId, null, 'mappe');
  });

  it('krav 6.1.6, 6.1.8: the disposal date is the closing date plus the retention period, or a date set by hand (then no period is needed)', async () => {
    const { sakId, dokIds } = await closedCase('2012-02-29T12:00:00Z');
    expect((await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', bevaringstid: 10 })).kassasjonsdato).toBe('2022-02-28');
    // Closed late on 31 December in UTC is 1 January in Oslo.
    const late = await closedCase('2014-12-31T23:30:00Z');
    expect((await setKassasjon(ark, 'saksmappe', late.sakId, { kassasjonsvedtak: 'K', bevaringstid: 0 })).kassasjonsdato).toBe(
      '2015-01-01',
    );
    const manual = await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', kassasjonsdato: '2030-05-01' });
    expect(manual).toMatchObject({ kassasjonsdato: '2030-05-01', egen: { bevaringstid: null } });
    expect((await getKassasjon(ark, 'dokumentbeskrivelse', dokIds[0]!)).kassasjonsdato).toBe('2030-05-01');
    // An open case has no date yet.
    const open = await createCase(ark);
    expect((await setKassasjon(ark, 'saksmappe', open.id, { kassasjonsvedtak: 'K', bevaringstid: 10 })).kassasjonsdato).toBeNull();
    // A part has no date of its own.
    await expect(
      setKassasjon(ark, 'arkivdel', sakArkivdelId, { kassasjonsvedtak: 'K', bevaringstid: 1, kassasjonsdato: '2030-01-01' }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it('krav 6.1.28, 6.1.29: the Kassasjonsliste selects closed cases by date interval, decision, unit, journal unit and part, with the fields the requirement lists; the archive only', async () => {
    const due = await closedCase('2010-03-01T10:00:00Z', 'Kassasjonsliste forfalt');
    await setKassasjon(ark, 'saksmappe', due.sakId, { kassasjonsvedtak: 'K', bevaringstid: 10, kassasjonshjemmel: 'Plan § 1' });
    const later = await closedCase('2020-03-01T10:00:00Z', 'Kassasjonsliste senere');
    await setKassasjon(ark, 'saksmappe', later.sakId, { kassasjonsvedtak: 'K', bevaringstid: 10 });
    const review = await closedCase('2010-03-01T10:00:00Z', 'Kassasjonsliste vurderes');
    await setKassasjon(ark, 'saksmappe', review.sakId, { kassasjonsvedtak: 'G', bevaringstid: 10 });

    const res = await arkivar.request('GET', '/api/kassasjon/liste?perSide=500');
    expect(res.statusCode).toBe(200);
    const ids = res.json().items.map((i: { id: string }) => i.id);
    expect(ids).toContain(due.sakId);
    expect(ids).not.toContain(later.sakId);
    expect(ids).not.toContain(review.sakId);
    const row = res.json().items.find((i: { id: string }) => i.id === due.sakId);
    expect(row).toMatchObject({
      tittel: 'Kassasjonsliste forfalt',
      kassasjonsvedtak: 'K',
      kassasjonshjemmel: 'Plan § 1',
      kassasjonsdato: '2020-03-01',
      kilde: 'egen',
      administrativEnhet: { navn: expect.any(String) },
      arkivdel: { id: sakArkivdelId, kortnavn: 'SAK', referanseForelder: expect.any(String) },
      klasse: { klasseID: 'L42' },
      rettsligHold: null,
    });
    expect(row.mappeID).toMatch(/^\d{4}\/\d+$/);
    const ids2 = async (q: string) =>
      (await listKassasjonsliste(ark, Object.fromEntries(new URLSearchParams(q)), { side: 1, perSide: 500 })).items.map((i) => i.id);
    expect(await ids2('kassasjonsdatoTil=2031-01-01')).toEqual(expect.arrayContaining([due.sakId, later.sakId]));
    expect(await ids2('kassasjonsdatoFra=2025-01-01&kassasjonsdatoTil=2031-01-01')).not.toContain(due.sakId);
    expect(await ids2('kassasjonsvedtak=G')).toContain(review.sakId);
    expect(await ids2(`arkivdelId=${sakArkivdelId}`)).toContain(due.sakId);
    expect(await ids2('administrativEnhetId=00000000-0000-4000-8000-000000000000')).toEqual([]);
    expect(await ids2('journalenhet=INGEN')).toEqual([]);
    // Paged: one at a time, with the total.
    const page = (await arkivar.request('GET', '/api/kassasjon/liste?perSide=1&kassasjonsdatoTil=2031-01-01')).json();
    expect(page.items).toHaveLength(1);
    expect(page.total).toBeGreaterThanOrEqual(2);
    expect((await saksbehandler.request('GET', '/api/kassasjon/liste')).statusCode).toBe(403);
    // Inherited (the SQL twin of effectiveForCase): the class's decision lists a case without one of its own; the part's overrides it.
    const inherited = await closedCase('2010-03-01T10:00:00Z', 'Kassasjonsliste arvet');
    const klasseId = await klasseL42();
    await setKassasjon(ark, 'klasse', klasseId, { kassasjonsvedtak: 'K', bevaringstid: 10 });
    const listed = (await listKassasjonsliste(ark, {}, { side: 1, perSide: 500 })).items.find((i) => i.id === inherited.sakId);
    expect(listed).toMatchObject({ kilde: 'klasse', kassasjonsdato: '2020-03-01', bevaringstid: 10 });
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, { kassasjonsvedtak: 'B' });
    expect(await ids2('')).not.toContain(inherited.sakId);
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, { kassasjonsvedtak: 'B' }, 'av');
    expect(await ids2('')).toContain(inherited.sakId);
    await setKassasjon(ark, 'arkivdel', sakArkivdelId, null, 'mappe');
    await setKassasjon(ark, 'klasse', klasseId, null);
    await expect(listKassasjonsliste(sb, {}, { side: 1, perSide: 10 })).rejects.toMatchObject({ code: 'ACCESS_DENIED' });
  });

  it('issue 17 item 2: disposal is refused before the date, for a case not decided «Kasseres», under a legal hold, and before the part is in a finished extraction', async () => {
    const { sakId } = await closedCase('2010-03-01T10:00:00Z');
    const refusedWith = async (text: RegExp) => {
      const r = await arkivar.request('POST', `/api/saksmapper/${sakId}/kassasjon`);
      expect(r.statusCode).toBe(409);
      expect(r.json()).toMatchObject({ code: 'DISPOSAL_REFUSED' });
      expect(r.json().message ?? JSON.stringify(r.json())).toMatch(text);
    };
    await refusedWith(/Kasseres|dispose of/);
    await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', bevaringstid: 50 });
    await refusedWith(/ikke nådd|not been reached/);
    await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', bevaringstid: 10 });
    // The part SAK is in no finished extraction yet; a run limited to a period does not count.
    await markExtracted(sakArkivdelId, '2010-03-01');
    await refusedWith(/arkivuttrekk|extraction/);
    // The database's own wall says the same for each document (0080).
    const [first] = await inTenant(ark, (tx) =>
      tx
        .selectFrom('dokumentbeskrivelse as d')
        .innerJoin('journalpost as j', 'j.id', 'd.journalpost_id')
        .select('d.id')
        .where('j.saksmappe_id', '=', sakId)
        .execute(),
    );
    expect((await refusal(ark, sql`SELECT kasser_dokument(${first!.id}::uuid)`)).message).toMatch(/arkivuttrekk/);
    await setRettsligHold(ark, sakId, 'Tvist for tingretten');
    await refusedWith(/rettslig hold|legal hold/);
    expect((await logOf(sakId)).map((l) => [l.felt, l.ny_verdi])).toContainEqual(['rettsligHold', 'Tvist for tingretten']);
    expect((await saksbehandler.request('PUT', `/api/saksmapper/${sakId}/rettslig-hold`, { grunn: null })).statusCode).toBe(403);
    await setRettsligHold(ark, sakId, null);
    expect((await saksbehandler.request('POST', `/api/saksmapper/${sakId}/kassasjon`)).statusCode).toBe(403);
    // Nothing was removed by any refusal.
    const docs = await inTenant(ark, (tx) =>
      tx
        .selectFrom('dokumentbeskrivelse as d')
        .innerJoin('journalpost as j', 'j.id', 'd.journalpost_id')
        .select(['d.id', 'd.kassert_dato'])
        .where('j.saksmappe_id', '=', sakId)
        .execute(),
    );
    for (const d of docs) {
      expect(d.kassert_dato).toBeNull();
      expect(await filesOf(d.id)).toHaveLength(1);
    }
  });

  it('issue 17 item 2: the archive disposes of a due case: the files are deleted from the store, descriptions and the journalført record are kept, a kept document keeps its file, all logged', async () => {
    const { sakId, jpId, dokIds } = await closedCase('2010-03-01T10:00:00Z');
    await setKassasjon(ark, 'saksmappe', sakId, { kassasjonsvedtak: 'K', bevaringstid: 10 });
    await setKassasjon(ark, 'dokumentbeskrivelse', dokIds[1]!, { kassasjonsvedtak: 'B' });
    await handle.db.updateTable('journalpost').set({ journalstatus: 'J' }).where('id', '=', jpId).execute();
    const [disposed] = await filesOf(dokIds[0]!);
    const [kept] = await filesOf(dokIds[1]!);
    expect(await stores.plain.has(ark.role.organisasjonId, disposed!.sjekksum)).toBe(true);
    await markExtracted(sakArkivdelId);

    const res = await arkivar.request('POST', `/api/saksmapper/${sakId}/kassasjon`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ saksmappeId: sakId, dokumenterKassert: 1, dokumenterBeholdt: 1, filerSlettet: 1 });

    // The bytes and the file object are gone; the description says who disposed of it and when.
    expect(await stores.plain.has(ark.role.organisasjonId, disposed!.sjekksum)).toBe(false);
    expect(await filesOf(dokIds[0]!)).toEqual([]);
    expect(await stores.plain.has(ark.role.organisasjonId, kept!.sjekksum)).toBe(true);
    expect(await filesOf(dokIds[1]!)).toHaveLength(1);
    const state = await inTenant(ark, async (tx) => ({
      docs: await tx
        .selectFrom('dokumentbeskrivelse')
        .select(['id', 'tittel', 'kassert_dato', 'kassert_av'])
        .where('journalpost_id', '=', jpId)
        .orderBy('dokumentnummer')
        .execute(),
      jp: await tx.selectFrom('journalpost').select(['journalstatus', 'tittel']).where('id', '=', jpId).executeTakeFirst(),
      sak: await tx.selectFrom('saksmappe').select(['kassert_dato', 'kassert_av', 'tittel']).where('id', '=', sakId).executeTakeFirst(),
      fil: await tx.selectFrom('fil').select('sjekksum').where('sjekksum', '=', disposed!.sjekksum).execute(),
    }));
    expect(state.docs[0]).toMatchObject({ tittel: 'Vedlegg 1', kassert_av: ark.actor.brukerId });
    expect(state.docs[0]!.kassert_dato).not.toBeNull();
    expect(state.docs[1]!.kassert_dato).toBeNull();
    expect(state.jp).toMatchObject({ journalstatus: 'J' });
    expect(state.sak).toMatchObject({ kassert_av: ark.actor.brukerId });
    expect(state.fil).toEqual([]);
    // The change log: utfoertKassasjon on document and case, and which file object lost its file.
    expect((await logOf(dokIds[0]!)).map((l) => [l.objekt_type, l.felt])).toEqual(
      expect.arrayContaining([
        ['utfoertKassasjon', 'kassertDato'],
        ['utfoertKassasjon', 'kassertAv'],
      ]),
    );
    expect(await logOf(disposed!.id)).toContainEqual(
      expect.objectContaining({ felt: 'referanseDokumentfil', tidligere_verdi: `${disposed!.sjekksum} d1.txt`, ny_verdi: null }),
    );
    expect((await logOf(sakId)).map((l) => l.felt)).toContain('kassertDato');
    // Once only; and it is off the list.
    expect((await arkivar.request('POST', `/api/saksmapper/${sakId}/kassasjon`)).json()).toMatchObject({ code: 'DISPOSAL_REFUSED' });
    expect((await listKassasjonsliste(ark, {}, { side: 1, perSide: 500 })).items.map((i) => i.id)).not.toContain(sakId);
  });

  it('issue 17 item 2, the database as second wall: no document of a held case or a part not extracted is disposed of, a disposal stays, a disposed document takes no file', async () => {
    const { sakId, dokIds } = await closedCase('2010-03-01T10:00:00Z');
    await setRettsligHold(ark, sakId, 'Tilsynssak');
    expect((await refusal(ark, sql`SELECT kasser_dokument(${dokIds[0]!}::uuid)`)).message).toMatch(/rettslig hold/);
    await setRettsligHold(ark, sakId, null);
    expect((await refusal(ark, sql`DELETE FROM dokumentobjekt WHERE dokumentbeskrivelse_id = ${dokIds[0]!}`)).code).toBe('42501');
    // SAK is extracted (the test above): disposal of one document by the function itself.
    await inTenant(ark, (tx) => sql`SELECT kasser_dokument(${dokIds[0]!}::uuid)`.execute(tx));
    expect(await filesOf(dokIds[0]!)).toEqual([]);
    expect(
      (await refusal(ark, sql`UPDATE dokumentbeskrivelse SET kassert_dato = now() - interval '1 day' WHERE id = ${dokIds[0]!}`)).code,
    ).toBe('SG001');
    expect((await refusal(ark, sql`SELECT kasser_dokument(${dokIds[0]!}::uuid)`)).code).toBe('SG001');
    const [kept] = await filesOf(dokIds[1]!);
    const insert = sql`INSERT INTO dokumentobjekt (organisasjon_id, dokumentbeskrivelse_id, versjonsnummer, variantformat, format, filnavn,
        mime_type, sjekksum, filstoerrelse, opprettet_av)
      SELECT organisasjon_id, ${dokIds[0]!}::uuid, 2, 'P', 'x-fmt/111', 'ny.txt', 'text/plain', sjekksum, 1, ${ark.actor.brukerId}::uuid
      FROM dokumentobjekt WHERE id = ${kept!.id}`;
    expect((await refusal(ark, insert)).message).toMatch(/kassert/);
  });
});
