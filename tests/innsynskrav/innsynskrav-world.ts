import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { addDokument } from '../../src/features/dokumenter/add-dokument.js';
import { makePdf } from '../../src/features/dokumenter/make-pdf.js';
import { changeJournalstatus } from '../../src/features/journalpost/change-journalstatus.js';
import { registerJournalpost } from '../../src/features/journalpost/register-journalpost.js';
import { createDocumentStores, type DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import type { Ctx } from '../../src/shared/context.js';
import { as, createCase, seedRecordsWorld } from '../records/records-world.js';
import { silentLog } from '../support/world.js';

/** Two pages: the first names a person and a sum to redact; the second is public. */
export const SECRET_WORDS = ['Kari', 'Hemmeligsen', '4711'];
export const PAGE_ONE = 'Tilbud om kjop av tomt\nSelger er Kari Hemmeligsen, tilbudt sum 4711 kroner.\nSaken gjelder gnr 12 bnr 34.';
export const PAGE_TWO = 'Vedlegg: kart over eiendommen\nOffentlig informasjon om reguleringen.';

/** The whole text of a PDF, by poppler's pdftotext (what a reader's «copy text» gets). */
export function pdfText(bytes: Uint8Array): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-pdftext-'));
  try {
    const file = path.join(dir, 'in.pdf');
    fs.writeFileSync(file, bytes);
    return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A two-page PDF: PAGE_ONE (50 lines a page, padded) then PAGE_TWO. */
export function twoPagePdf(): Promise<Uint8Array> {
  const padding = Array.from({ length: 50 - PAGE_ONE.split('\n').length }, () => '.').join('\n');
  return makePdf(`${PAGE_ONE}\n${padding}\n${PAGE_TWO}`, 'Tilbud');
}

export interface InnsynWorld {
  handle: DatabaseHandle;
  stores: DocumentStores;
  dataDir: string;
  ark: Ctx;
  sb: Ctx;
  led: Ctx;
  /** A journalført incoming record owned by Våler's case worker, with the two-page PDF. */
  record: () => Promise<string>;
}

export async function innsynWorld(handle: DatabaseHandle): Promise<InnsynWorld> {
  await seedRecordsWorld(handle);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sg-innsyn-'));
  const stores = createDocumentStores({ dataDir }, silentLog, { ...process.env, SECURE_ZONE_KEY_FILE: '' });
  const ark = await as(handle, 'valer', 'ARK');
  const sb = await as(handle, 'valer', 'SB');
  const led = await as(handle, 'valer', 'LED');
  const pdf = await twoPagePdf();
  const record = async () => {
    const sak = await createCase(sb, { tittel: 'Salg av kommunal tomt' });
    const jp = await registerJournalpost(ark, sak.id, {
      journalposttype: 'I',
      tittel: 'Tilbud på tomt',
      journalstatus: 'M',
      utenFordeling: true,
    });
    await addDokument(
      ark,
      stores,
      jp.id,
      { tittel: 'Tilbud', dokumenttype: 'B' },
      { stream: Readable.from([Buffer.from(pdf)]), filnavn: 'tilbud.pdf' },
    );
    await changeJournalstatus(ark, jp.id, { journalstatus: 'J' });
    return jp.id;
  };
  return { handle, stores, dataDir, ark, sb, led, record };
}
