import fs from 'node:fs/promises';
import path from 'node:path';
import { KanalAvvist, referanseOf, type Utsending, type Vedlegg } from './utsending.js';

/** Where letters for central printing are put: `UTSKRIFT_DIR`, by default `DATA_DIR/utskrift`. */
export function utskriftDir(config: { dataDir: string }, env: NodeJS.ProcessEnv = process.env): string {
  return env.UTSKRIFT_DIR?.trim() || path.join(config.dataDir, 'utskrift');
}

/** Helvetica's WinAnsi covers æ, ø, å; anything else would stop pdf-lib, so it becomes '?'. */
const printable = (s: string) => s.replace(/[^\x20-\x7e\xa0-\xff]/g, '?');

/**
 * The letter as central printing takes it: a cover page whose address sits
 * in the window of a C5/E65 envelope (sender, recipient, our reference,
 * date), then every page of the letter's documents in order. Only PDF can
 * be printed; a document without a PDF (or PDF/A) variant stops the letter.
 */
export async function printPdf(u: Utsending, vedlegg: readonly Vedlegg[], dato: string): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(printable(`${referanseOf(u)} ${u.tittel}`));
  doc.setProducer('Saksgang');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const cover = doc.addPage([595, 842]);
  const line = (text: string, x: number, y: number, f = font, size = 11) => cover.drawText(printable(text), { x, y, size, font: f });
  line(u.avsender, 56, 800, bold, 12);
  const adresse = [
    u.navn,
    u.kontaktperson ? `v/ ${u.kontaktperson}` : null,
    u.postadresse,
    [u.postnummer, u.poststed].filter(Boolean).join(' '),
    u.land,
  ].filter((l): l is string => Boolean(l && l.trim()));
  adresse.forEach((l, i) => line(l, 70, 700 - i * 14));
  line(`Vår referanse: ${referanseOf(u)}`, 56, 600);
  line(`Dato: ${dato}`, 56, 586);
  line(u.tittel.slice(0, 90), 56, 560, bold);
  for (const v of vedlegg) {
    if (v.mimeType !== 'application/pdf') {
      throw new KanalAvvist(`${v.filnavn} er ikke PDF og kan ikke skrives ut / is not a PDF and cannot be printed`);
    }
    let source;
    try {
      source = await PDFDocument.load(v.innhold, { ignoreEncryption: false });
    } catch (error) {
      throw new KanalAvvist(
        `${v.filnavn} kan ikke leses som PDF / cannot be read as PDF: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    for (const page of await doc.copyPages(source, source.getPageIndices())) doc.addPage(page);
  }
  return doc.save();
}

/**
 * The print channel: the letter's PDF is put in today's batch for central
 * printing, `UTSKRIFT_DIR/<kortnavn>/<YYYY-MM-DD>/`, one file per recipient
 * named by the record and the dispatch row (a retried try writes the same
 * file again, never a second letter). Written to a temporary name and
 * renamed, so the print room never picks up half a file. Returns the
 * batch-relative path as the reference.
 */
export async function sendUtskrift(dir: string, u: Utsending, vedlegg: () => Promise<Vedlegg[]>, now: Date): Promise<string> {
  const dato = now.toISOString().slice(0, 10);
  const pdf = await printPdf(u, await vedlegg(), dato);
  const relative = path.join(u.avsender_kortnavn, dato, `${u.saksaar}-${u.sakssekvensnummer}-${u.journalpostnummer}-${u.id}.pdf`);
  const target = path.join(dir, relative);
  await fs.mkdir(path.dirname(target), { recursive: true });
  const partial = `${target}.${process.pid}.part`;
  await fs.writeFile(partial, pdf);
  await fs.rename(partial, target);
  return relative;
}
