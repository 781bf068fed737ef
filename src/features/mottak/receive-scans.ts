import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import type { FileStore } from '../../files/file-store.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import { UNKNOWN_FORMAT } from '../dokumenter/domain/file-format.js';
import { storeUpload, type StoredUpload, type Upload } from '../dokumenter/upload.js';
import { parsePageRanges, type PageRange } from './domain/page-ranges.js';
import { deliveryChecksum, receiveMottak, removeUnreferenced, withoutExtension, type Received } from './receive-mottak.js';

/** How several scanned files are read: each its own letter, or one letter whose first file is the letter and the rest attachments. */
export type Skanningsmodus = 'hver' | 'samlet';

export interface ScanInput {
  modus: Skanningsmodus;
  /** One scan holding several letters, split by pages: «1-2; 3-5». */
  sider?: string | undefined;
  files: StoredUpload[];
}

const SCAN_TYPES = new Set(['application/pdf', 'image/tiff', 'image/png', 'image/jpeg']);

export const requireArchive = (ctx: Ctx, what: { nb: string; en: string }) => requireRole(ctx, ['ARK'], what);

/** Streams one scanned file into the store; what is not a PDF or an image by its content is refused after. */
export function storeScan(ctx: Ctx, store: FileStore, upload: Upload): Promise<StoredUpload> {
  requireArchive(ctx, RECEIVE);
  return storeUpload(store, ctx.role.organisasjonId, upload);
}

/**
 * Scanned paper post into the reception queue (seed 001, fase 1: «Dokumentet
 * skannes»). Every file must be a PDF or an image by its content, whatever
 * its name. One item per file, or one item of all files (letter and
 * attachments), or one item per page range of a single scan, which is then
 * kept whole as the items' original. Delivering the same scan again gives
 * the same items back as duplicates.
 */
export async function receiveScans(ctx: Ctx, store: FileStore, input: ScanInput): Promise<Received[]> {
  requireArchive(ctx, RECEIVE);
  try {
    // The bytes decide: an unrecognised file carries the type its sender declared, so it must be recognised too.
    for (const f of input.files) if (f.format === UNKNOWN_FORMAT || !SCAN_TYPES.has(f.mimeType)) throw notAScan(f);
    if (input.sider?.trim()) return await split(ctx, store, input);
    if (input.modus === 'samlet')
      return [await receiveMottak(ctx, store, letter(input.files, deliveryChecksum(input.files.map((f) => f.sha256))))];
    const received: Received[] = [];
    for (const f of input.files) received.push(await receiveMottak(ctx, store, letter([f], f.sha256)));
    return received;
  } catch (error) {
    await removeUnreferenced(ctx, store, input.files);
    throw error;
  }
}

function letter(files: StoredUpload[], sjekksum: string, original?: StoredUpload, pages?: PageRange) {
  const name = withoutExtension(files[0]!.filnavn);
  return {
    kanal: 'skanning' as const,
    tittel: pages ? `${name} s. ${pages.fra}–${pages.til}` : name,
    // A scan's file name tells nothing of the letter: the archivist writes the title.
    tittelUklar: true,
    sjekksum,
    original,
    files: files.map((stored, i) => ({ tittel: i === 0 ? 'Brev' : `Vedlegg ${i}`, stored })),
  };
}

async function split(ctx: Ctx, store: FileStore, input: ScanInput): Promise<Received[]> {
  if (input.files.length !== 1) throw fieldError('sider', 'kan bare brukes med én skannet fil', 'can only be used with one scanned file');
  const scan = input.files[0]!;
  if (scan.mimeType !== 'application/pdf') throw fieldError('sider', 'kan bare dele en PDF', 'can only split a PDF');
  const { PDFDocument } = await import('pdf-lib');
  const source = await PDFDocument.load(await buffer(await store.open(ctx.role.organisasjonId, scan.sha256, scan.size)), {
    ignoreEncryption: true,
  }).catch(() => {
    throw fieldError(
      'fil',
      `«${scan.filnavn}» kunne ikke leses som PDF, så den kan ikke deles`,
      `«${scan.filnavn}» could not be read as a PDF, so it cannot be split`,
    );
  });
  const ranges = parsePageRanges(input.sider!, source.getPageCount());
  const received: Received[] = [];
  for (const [i, range] of ranges.entries()) {
    const part = await PDFDocument.create();
    const pages = await part.copyPages(
      source,
      Array.from({ length: range.til - range.fra + 1 }, (_, k) => range.fra - 1 + k),
    );
    for (const page of pages) part.addPage(page);
    const bytes = await part.save({ updateFieldAppearances: false });
    const base = scan.filnavn.replace(/\.pdf$/i, '');
    const stored = await storeUpload(store, ctx.role.organisasjonId, {
      stream: Readable.from([Buffer.from(bytes)]),
      filnavn: `${base}-brev${i + 1}.pdf`,
      mimeType: 'application/pdf',
    });
    // The scan and the pages identify the letter: pdf-lib's output (dates, ids) may differ from run to run.
    received.push(
      await receiveMottak(ctx, store, letter([stored], deliveryChecksum([scan.sha256, `${range.fra}-${range.til}`]), scan, range)),
    );
  }
  return received;
}

const RECEIVE = { nb: 'ta imot skannet post', en: 'receive scanned post' };

function notAScan(f: StoredUpload): DomainError {
  const found = f.format === UNKNOWN_FORMAT ? 'ukjent' : (f.formatDetaljer ?? f.mimeType);
  return new DomainError(
    'VALIDATION_FAILED',
    {
      nb: `«${f.filnavn}» er ikke en PDF eller et bilde (innholdet er ${found}), uansett filnavn. Ingenting ble lagret.`,
      en: `«${f.filnavn}» is not a PDF or an image (its content is ${found}), whatever its name. Nothing was stored.`,
    },
    [{ field: 'filer', message: { nb: `«${f.filnavn}» er ikke en PDF eller et bilde`, en: `«${f.filnavn}» is not a PDF or an image` } }],
  );
}
