import fs from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { inTenant } from '../../src/db/tenant.js';
import { setArkivformatUnntak } from '../../src/features/arkivformat/set-arkivformat-unntak.js';
import { setArkivformater } from '../../src/features/arkivformat/set-arkivformater.js';
import { addVariant } from '../../src/features/dokumenter/add-variant.js';
import { addVersjon } from '../../src/features/dokumenter/add-versjon.js';
import { approvedFormats } from '../../src/features/arkivformat/domain/arkivformat.js';
import { FORMAT_UTVALG, inUtvalg } from '../../src/features/arkivformat/domain/format-utvalg.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import { registerFromTemplate } from '../../src/features/maler/register-from-template.js';
import { TRANSITION_CONDITIONS } from '../../src/features/noark/domain/index.js';
import { changeSaksstatus } from '../../src/features/saksmappe/change-saksstatus.js';
import { createDocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import type { Ctx } from '../../src/shared/context.js';
import { tempDataDir } from '../documents/fixtures.js';
import { createTestApp, loginAs, type Client } from '../support/test-app.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { PASSWORD, silentLog } from '../support/world.js';
import { as, createCase, seedRecordsWorld } from './records-world.js';

/*
 * Archival formats, Noark 5 krav 2.7.9–2.7.13 and issue 17 item 3
 * (docs/noark5-compliance.md): the organisation's approved formats, and a
 * record not journalført, nor its case closed, while an office document
 * lacks its archival variant — unless the archive makes a reasoned exception.
 */

/** A PDF that claims PDF/A-1b in its XMP metadata, as the converter's output does (identified as fmt/354). */
const PDFA = Buffer.from('%PDF-1.4\n<x:xmpmeta><rdf:Description pdfaid:part="1" pdfaid:conformance="B"/></x:xmpmeta>\n%%EOF\n', 'latin1');

describe(`archival formats, krav 2.7.9–2.7.13 (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  let dataDir: string;
  let stores: ReturnType<typeof createDocumentStores>;
  let sb: Ctx;
  let ark: Ctx;
  let arkivar: Client;
  let saksbehandler: Client;
  let brevmalId: string;

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    stores = createDocumentStores({ dataDir }, silentLog);
    app = await createTestApp(handle, { dataDir });
    sb = await as(handle, 'valer', 'SB');
    ark = await as(handle, 'valer', 'ARK');
    arkivar = await loginAs(app, 'valer.arkivar', PASSWORD);
    saksbehandler = await loginAs(app, 'valer.saksbehandler', PASSWORD);
    brevmalId = (await listBrevmaler(sb, { journalposttype: 'U' })).find((m) => m.maltype === 'brev')!.id;
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await handle?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  /** A case of the case worker, checked by the archive (B). */
  async function sbCase() {
    const sak = await createCase(sb);
    await changeSaksstatus(ark, sak.id, { saksstatus: 'B' });
    return sak;
  }

  /** A finished letter from the template (a .docx), its record finalised (F) by its author: ready to be journalført. */
  async function finishedLetter(saksmappeId: string) {
    const record = await registerFromTemplate(sb, stores.plain, saksmappeId, { journalposttype: 'U', tittel: 'Vedtak om bod', brevmalId });
    const doc = await inTenant(sb, (tx) =>
      tx.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', record.id).executeTakeFirstOrThrow(),
    );
    await updateDokumentbeskrivelse(sb, doc.id, { dokumentstatus: 'F' });
    await changeJournalstatus(sb, record.id, { journalstatus: 'F' });
    return { recordId: record.id, dokumentId: doc.id };
  }

  const archivalVariant = (dokumentId: string) =>
    addVariant(ark, stores, dokumentId, { variantformat: 'A' }, { stream: Readable.from([PDFA]), filnavn: 'vedtak.pdf' });

  it('krav 2.7.9: the archive sets the approved archival formats; the standard list otherwise; others may only read', async () => {
    const standard = await arkivar.request('GET', '/api/organisasjon/arkivformater');
    expect(standard.json()).toMatchObject({ egenListe: false, kanEndre: true });
    expect(standard.json().formater).toEqual(expect.arrayContaining(['fmt/354', 'fmt/477', 'fmt/353', 'x-fmt/111', 'fmt/101']));
    expect((await saksbehandler.request('GET', '/api/organisasjon/arkivformater')).json()).toMatchObject({ kanEndre: false });
    expect((await saksbehandler.request('PUT', '/api/organisasjon/arkivformater', { formater: ['fmt/354'] })).statusCode).toBe(403);
    const bad = await arkivar.request('PUT', '/api/organisasjon/arkivformater', { formater: ['pdf'] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('formater');
    const own = await arkivar.request('PUT', '/api/organisasjon/arkivformater', { formater: ['fmt/477', 'x-fmt/111'] });
    expect(own.json()).toMatchObject({ formater: ['fmt/477', 'x-fmt/111'], egenListe: true });
    const log = await inTenant(ark, (tx) =>
      tx
        .selectFrom('endringslogg')
        .select('ny_verdi')
        .where('objekt_type', '=', 'organisasjon')
        .where('felt', '=', 'arkivformater')
        .execute(),
    );
    expect(log.map((l) => l.ny_verdi)).toContain('fmt/477, x-fmt/111');
    expect((await arkivar.request('PUT', '/api/organisasjon/arkivformater', { formater: null })).json().egenListe).toBe(false);
  });

  it('issue 17 item 3 (krav 2.7.9, 2.7.11): a record is not journalført while its office document lacks an approved archival variant', async () => {
    const sak = await sbCase();
    const { recordId, dokumentId } = await finishedLetter(sak.id);
    await expect(changeJournalstatus(ark, recordId, { journalstatus: 'J' })).rejects.toMatchObject({
      code: 'ILLEGAL_STATUS_TRANSITION',
      text: { nb: expect.stringContaining(TRANSITION_CONDITIONS.archivalFormats.nb) },
    });
    await archivalVariant(dokumentId);
    // The organisation's own list decides: PDF/A-1b taken off it, the variant no longer counts.
    await setArkivformater(ark, ['fmt/477']);
    await expect(changeJournalstatus(ark, recordId, { journalstatus: 'J' })).rejects.toMatchObject({ code: 'ILLEGAL_STATUS_TRANSITION' });
    await setArkivformater(ark, null);
    await expect(changeJournalstatus(ark, recordId, { journalstatus: 'J' })).resolves.toMatchObject({ journalstatus: 'J' });
  });

  it('issue 17 item 3: a case is not closed while one of its office documents lacks its archival variant', async () => {
    const sak = await sbCase();
    const { recordId, dokumentId } = await finishedLetter(sak.id);
    // Journalført before the rule could see it (an exception, then withdrawn): the case's own check still holds.
    await setArkivformatUnntak(ark, dokumentId, 'Midlertidig');
    await changeJournalstatus(ark, recordId, { journalstatus: 'J' });
    await setArkivformatUnntak(ark, dokumentId, null);
    await expect(changeSaksstatus(ark, sak.id, { saksstatus: 'A' })).rejects.toMatchObject({
      code: 'ILLEGAL_STATUS_TRANSITION',
      text: { nb: expect.stringContaining(TRANSITION_CONDITIONS.archivalFormats.nb) },
    });
    await archivalVariant(dokumentId);
    await expect(changeSaksstatus(ark, sak.id, { saksstatus: 'A' })).resolves.toMatchObject({ saksstatus: 'A' });
  });

  it('issue 17 item 3: the archive may override with a reason, which the document’s change log keeps; nobody else may', async () => {
    const sak = await sbCase();
    const { recordId, dokumentId } = await finishedLetter(sak.id);
    const denied = await saksbehandler.request('PUT', `/api/dokumentbeskrivelser/${dokumentId}/arkivformat-unntak`, { begrunnelse: 'Vil' });
    expect(denied.statusCode).toBe(403);
    const res = await arkivar.request('PUT', `/api/dokumentbeskrivelser/${dokumentId}/arkivformat-unntak`, {
      begrunnelse: 'Makroer i regnearket; konverteres ved avlevering',
    });
    expect(res.statusCode, res.body).toBe(200);
    await expect(changeJournalstatus(ark, recordId, { journalstatus: 'J' })).resolves.toMatchObject({ journalstatus: 'J' });
    const log = await inTenant(ark, (tx) =>
      tx
        .selectFrom('endringslogg')
        .select(['felt', 'ny_verdi'])
        .where('objekt_id', '=', dokumentId)
        .where('felt', '=', 'arkivformatUnntak')
        .execute(),
    );
    expect(log).toEqual([{ felt: 'arkivformatUnntak', ny_verdi: 'Makroer i regnearket; konverteres ved avlevering' }]);
  });
  it('krav 2.7.13, 2.7.15, 2.7.19, 2.7.23: the format report finds what the rule says, for every document (SQL and rule agree)', async () => {
    const sak = await sbCase();
    const plain = await finishedLetter(sak.id);
    const converted = await finishedLetter(sak.id);
    await archivalVariant(converted.dokumentId);
    const record = await registerFromTemplate(sb, stores.plain, sak.id, {
      journalposttype: 'U',
      tittel: 'Utkast i to versjoner',
      brevmalId,
    });
    const twice = await inTenant(sb, (tx) =>
      tx.selectFrom('dokumentbeskrivelse').select('id').where('journalpost_id', '=', record.id).executeTakeFirstOrThrow(),
    );
    await addVersjon(sb, stores, twice.id, { stream: Readable.from([PDFA]), filnavn: 'utkast-2.pdf' });

    const ids = async (utvalg: string) => {
      const res = await arkivar.request('GET', `/api/arkivformat/rapport?utvalg=${utvalg}&perSide=500`);
      expect(res.statusCode, res.body).toBe(200);
      return new Set((res.json().items as { id: string }[]).map((i) => i.id));
    };
    expect(await ids('uten-arkivformat')).toContain(plain.dokumentId);
    expect(await ids('uten-arkivformat')).not.toContain(converted.dokumentId);
    expect(await ids('produksjonsformat')).toContain(converted.dokumentId);
    expect(await ids('produksjonsformat')).not.toContain(plain.dokumentId);
    expect(await ids('varianter')).toContain(converted.dokumentId);
    expect(await ids('flere-versjoner')).toContain(twice.id);
    expect(await ids('flere-versjoner')).not.toContain(plain.dokumentId);

    // The twin: every document of the organisation, by the rule, against the report's SQL.
    const objects = await inTenant(ark, (tx) =>
      tx.selectFrom('dokumentobjekt').select(['dokumentbeskrivelse_id', 'versjonsnummer', 'variantformat', 'format']).execute(),
    );
    const byDoc = new Map<string, typeof objects>();
    for (const o of objects) byDoc.set(o.dokumentbeskrivelse_id, [...(byDoc.get(o.dokumentbeskrivelse_id) ?? []), o]);
    const approved = approvedFormats(null);
    for (const utvalg of FORMAT_UTVALG) {
      const byRule = [...byDoc].filter(([, os]) => inUtvalg(utvalg, { objects: os }, approved)).map(([id]) => id);
      expect([...(await ids(utvalg))].sort(), utvalg).toEqual(byRule.sort());
    }
    expect((await saksbehandler.request('GET', '/api/arkivformat/rapport')).statusCode).toBe(403);
  });
});
