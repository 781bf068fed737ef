import { chmod, writeFile } from 'node:fs/promises';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { addDokument } from '../../src/features/dokumenter/add-dokument.js';
import { getDokument } from '../../src/features/dokumenter/list-dokumenter.js';
import { presentDokumentobjekt } from '../../src/features/dokumenter/dokument-presenter.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { updateDokumentbeskrivelse } from '../../src/features/dokumenter/update-dokumentbeskrivelse.js';
import { listJobber } from '../../src/features/jobber/list-jobber.js';
import { listBrevmaler } from '../../src/features/maler/list-brevmaler.js';
import { registerFromTemplate } from '../../src/features/maler/register-from-template.js';
import { createDocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import { runDueJobs } from '../../src/jobs/background.js';
import type { Ctx } from '../../src/shared/context.js';
import { checkPdfA } from '../../src/office/pdfa-check.js';
import { extractText } from '../../src/features/dokumenter/extract-text.js';
import { tempDataDir } from '../documents/fixtures.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { createTestDatabase, engineName } from '../support/test-db.js';
import { silentLog } from '../support/world.js';

describe(`archival PDF/A when a document is finished (${engineName()})`, () => {
  let handle: DatabaseHandle;
  let dataDir: string;
  let sb: Ctx;
  let sys: Ctx;
  let stores: ReturnType<typeof createDocumentStores>;
  let sakId: string;
  let brevmalId: string;

  const runJobs = () => runDueJobs({ db: handle.db, log: silentLog, config: { dataDir }, plain: stores.plain });
  const jobsOf = async () => (await listJobber(sys, { limit: 50, offset: 0 })).items.filter((j) => j.type === 'arkivformat');
  /** A new outgoing letter from the default template, its document id. */
  const letter = async (tittel: string) => {
    const row = await registerFromTemplate(sb, stores.plain, sakId, { journalposttype: 'U', tittel, brevmalId });
    const doc = await handle.db
      .selectFrom('dokumentbeskrivelse')
      .select('id')
      .where('journalpost_id', '=', row.id)
      .executeTakeFirstOrThrow();
    return doc.id;
  };
  /** Runs the jobs with LibreOffice replaced by `program` (a path) and the time limit in seconds. */
  const withSoffice = async (program: string, seconds: string, work: () => Promise<unknown>) => {
    const saved = { path: process.env.SOFFICE_PATH, timeout: process.env.ARKIVFORMAT_TIMEOUT_SECONDS };
    process.env.SOFFICE_PATH = program;
    process.env.ARKIVFORMAT_TIMEOUT_SECONDS = seconds;
    try {
      await work();
    } finally {
      for (const [key, value] of [
        ['SOFFICE_PATH', saved.path],
        ['ARKIVFORMAT_TIMEOUT_SECONDS', saved.timeout],
      ] as const) {
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
      }
    }
  };

  beforeAll(async () => {
    handle = await createTestDatabase();
    await seedRecordsWorld(handle);
    dataDir = tempDataDir();
    stores = createDocumentStores({ dataDir }, silentLog);
    sb = await as(handle, 'valer', 'SB');
    sys = await as(handle, 'valer', 'SYS');
    sakId = (await createCase(sb, { tittel: 'Gnr 3 bnr 7 – bod' })).id;
    brevmalId = (await listBrevmaler(sb, { journalposttype: 'U' })).find((m) => m.maltype === 'brev')!.id;
  }, 120_000);
  afterAll(async () => {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('makes the PDF/A-2b arkivformat of a finished merged letter, fonts embedded, the merged text in it', async () => {
    const id = await letter('Svar om bod');
    await updateDokumentbeskrivelse(sb, id, { dokumentstatus: 'F' });
    expect((await jobsOf()).map((j) => j.status)).toEqual(['venter']);
    await runJobs();
    expect((await jobsOf()).map((j) => [j.status, j.feilmelding])).toEqual([['ferdig', null]]);
    const objekter = (await getDokument(sb, id)).objekter;
    const a = objekter.find((o) => o.variantformat === 'A')!;
    expect(a).toMatchObject({ versjonsnummer: 1, mime_type: 'application/pdf', format: 'fmt/477', format_detaljer: 'PDF/A-2b' });
    expect(a.filnavn).toMatch(/^Brev .*\.pdf$/);
    const pdf = await buffer(await stores.plain.open(sb.role.organisasjonId, a.sjekksum, a.filstoerrelse));
    expect(await checkPdfA(pdf)).toMatchObject({ pdfa: '2B', unembeddedFonts: [] });
    // Krav 6.4.42: the conversion is recorded (konvertering) on the object it made; the production file has none.
    const p = objekter.find((o) => o.variantformat === 'P')!;
    expect(presentDokumentobjekt(p).konvertering).toBeNull();
    const { konvertering } = presentDokumentobjekt(a);
    expect(konvertering).toMatchObject({
      konvertertFraFormat: p.format,
      konvertertTilFormat: 'fmt/477',
      konvertertDato: a.opprettet_dato,
      konvertertAv: a.opprettet_av,
    });
    expect(konvertering!.konverteringsverktoey).toMatch(/^LibreOffice/);
    expect(await extractText(pdf, 'application/pdf')).toContain('Svar om bod');
    // Finishing is B → F once; nothing is enqueued again.
    await updateDokumentbeskrivelse(sb, id, { tittel: 'Svar om boden' });
    expect(await jobsOf()).toHaveLength(1);
  }, 180_000);

  it('leaves a draft and a finished PDF alone: only office formats are converted', async () => {
    await letter('Utkast');
    const record = await registerFromTemplate(sb, stores.plain, sakId, { journalposttype: 'U', tittel: 'Med vedlegg', brevmalId });
    const pdf = Buffer.from(await makePdf('Vedlegg'));
    const vedlegg = await addDokument(
      sb,
      stores,
      record.id,
      { tittel: 'Vedlegg', dokumenttype: 'B' },
      { stream: Readable.from([pdf]), filnavn: 'v.pdf' },
    );
    const before = (await jobsOf()).length;
    await updateDokumentbeskrivelse(sb, vedlegg.dokument.id, { dokumentstatus: 'F' });
    expect(await jobsOf()).toHaveLength(before);
  });

  it('fails the job at once, naming the document and the reason, when LibreOffice is missing; the document stays without a variant', async () => {
    const id = await letter('Uten LibreOffice');
    await updateDokumentbeskrivelse(sb, id, { dokumentstatus: 'F' });
    await withSoffice(path.join(dataDir, 'finnes-ikke'), '10', runJobs);
    const [job] = await jobsOf();
    expect(job).toMatchObject({ status: 'feilet', forsok: 1 });
    expect(job!.feilmelding).toMatch(
      /^arkivformat for dokument 1 i \d{4}\/\d+-\d+, versjon 1 \(Brev .*\.docx\): LibreOffice .* is not installed/,
    );
    expect((await getDokument(sb, id)).objekter.map((o) => o.variantformat)).toEqual(['P']);
  });

  it('stops a conversion past the time limit and tries it again later', async () => {
    const slow = path.join(dataDir, 'treg-soffice');
    await writeFile(slow, '#!/bin/sh\nsleep 30\n');
    await chmod(slow, 0o755);
    const id = await letter('Treg konvertering');
    await updateDokumentbeskrivelse(sb, id, { dokumentstatus: 'F' });
    const started = Date.now();
    await withSoffice(slow, '1', runJobs);
    expect(Date.now() - started).toBeLessThan(10_000);
    const [job] = await jobsOf();
    expect(job).toMatchObject({ status: 'venter', forsok: 1 });
    expect(job!.feilmelding).toMatch(/did not finish within 1 s/);
  });
});
