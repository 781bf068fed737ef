import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DomainError } from '../../shared/errors.js';
import { blackOut, encodePng, parsePpm, type Rektangel } from './domain/raster.js';

const run = promisify(execFile);

/** Resolution of the page images shown in the redaction tool. */
export const VISNING_DPI = 72;
/** Resolution a redacted page is burnt in at: readable when printed, small enough to e-mail. */
export const SLADDING_DPI = 150;

const unreadable = () =>
  new DomainError('FILE_INTEGRITY', {
    nb: 'Dokumentet kunne ikke leses som PDF. Lag en PDF-variant av det først.',
    en: 'The document could not be read as PDF. Make a PDF variant of it first.',
  });

/** The number of pages of a PDF. */
export async function pageCount(pdf: Uint8Array): Promise<number> {
  const { PDFDocument } = await import('pdf-lib');
  try {
    return (await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false })).getPageCount();
  } catch {
    throw unreadable();
  }
}

/** Renders one page (1-based) with poppler's `pdftoppm` in a private temporary folder; PNG or raw PPM bytes. */
async function renderPage(pdf: Uint8Array, side: number, dpi: number, format: 'png' | 'ppm'): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'saksgang-side-'));
  try {
    const input = path.join(dir, 'in.pdf');
    await writeFile(input, pdf);
    const out = path.join(dir, 'side');
    const args = [
      '-r',
      String(dpi),
      '-f',
      String(side),
      '-l',
      String(side),
      '-singlefile',
      ...(format === 'png' ? ['-png'] : []),
      input,
      out,
    ];
    await run('pdftoppm', args, { timeout: 60_000, maxBuffer: 1024 * 1024 }).catch(() => {
      throw unreadable();
    });
    return await readFile(`${out}.${format}`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A page as a PNG image for the redaction tool. */
export function pageImage(pdf: Uint8Array, side: number): Promise<Buffer> {
  return renderPage(pdf, side, VISNING_DPI, 'png');
}

/**
 * The redacted public variant: every page with marks is rendered to pixels,
 * the marks painted black into them and the page replaced by that image —
 * its text, fonts and anything else under the marks are gone, not covered.
 * Pages without marks are copied as they are. The new PDF carries no
 * metadata of the original (a title may hold what was redacted).
 */
export async function burnRedactions(pdf: Uint8Array, marks: ReadonlyMap<number, readonly Rektangel[]>): Promise<Uint8Array> {
  const { PDFDocument } = await import('pdf-lib');
  let original;
  try {
    original = await PDFDocument.load(pdf, { ignoreEncryption: true, updateMetadata: false });
  } catch {
    throw unreadable();
  }
  const out = await PDFDocument.create();
  out.setProducer('Saksgang');
  out.setTitle('Offentlig variant');
  for (let i = 0; i < original.getPageCount(); i++) {
    const rektangler = marks.get(i + 1);
    if (!rektangler?.length) {
      const [copy] = await out.copyPages(original, [i]);
      out.addPage(copy!);
      continue;
    }
    const { width, height } = original.getPage(i).getSize();
    const raster = parsePpm(await renderPage(pdf, i + 1, SLADDING_DPI, 'ppm'));
    blackOut(raster, rektangler);
    const image = await out.embedPng(encodePng(raster));
    out.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return out.save();
}
