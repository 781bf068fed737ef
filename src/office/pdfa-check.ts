import { PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, type PDFObject } from 'pdf-lib';

/*
 * What we check of an archival PDF before it is stored as the document's
 * arkivformat: it claims PDF/A in its XMP metadata (pdfaid:part and
 * pdfaid:conformance, ISO 19005) and every font it uses is embedded, so it
 * renders the same in fifty years without the fonts of this machine. This
 * is not full validation (that is veraPDF's job); it catches a converter
 * that silently wrote a plain PDF or left a font out.
 */

export interface PdfACheck {
  /** e.g. "2B"; null when the metadata makes no PDF/A claim. */
  pdfa: string | null;
  /** Fonts without an embedded font program. */
  unembeddedFonts: string[];
  /** The PDF's Producer, e.g. "LibreOffice 7.4": the conversion tool Noark records (konverteringsverktoey). */
  producer: string | null;
}

export async function checkPdfA(bytes: Uint8Array): Promise<PdfACheck> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return { pdfa: pdfaClaim(pdf), unembeddedFonts: unembeddedFonts(pdf), producer: pdf.getProducer()?.trim() || null };
}

/** The problems that keep a file from being an archival PDF/A, in words; empty when it is one. */
export function pdfaProblems(check: PdfACheck): string[] {
  const problems: string[] = [];
  if (!check.pdfa) problems.push('the XMP metadata claims no PDF/A part and conformance (pdfaid)');
  if (check.unembeddedFonts.length > 0) problems.push(`fonts not embedded: ${check.unembeddedFonts.join(', ')}`);
  return problems;
}

function pdfaClaim(pdf: PDFDocument): string | null {
  const metadata = pdf.catalog.lookup(PDFName.of('Metadata'));
  if (!(metadata instanceof PDFRawStream)) return null;
  // PDF/A forbids filters on the metadata stream, so its bytes are the XMP text.
  const xmp = Buffer.from(metadata.getContents()).toString('utf8');
  const part = /pdfaid:part\s*(?:=\s*["'](\d)["']|>\s*(\d)\s*<)/.exec(xmp);
  const conformance = /pdfaid:conformance\s*(?:=\s*["']([ABU])["']|>\s*([ABU])\s*<)/i.exec(xmp);
  const p = part?.[1] ?? part?.[2];
  const c = conformance?.[1] ?? conformance?.[2];
  return p && c ? `${p}${c.toUpperCase()}` : null;
}

const FONT_FILES = ['FontFile', 'FontFile2', 'FontFile3'].map((n) => PDFName.of(n));

function unembeddedFonts(pdf: PDFDocument): string[] {
  const missing = new Set<string>();
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.get(PDFName.of('Subtype'));
    // Type 3 fonts are drawn by the PDF's own content; composite fonts are checked through their descendant.
    if (subtype === PDFName.of('Type3') || subtype === PDFName.of('Type0')) continue;
    const descriptor = resolve(pdf, object.get(PDFName.of('FontDescriptor')));
    const embedded = descriptor instanceof PDFDict && FONT_FILES.some((n) => descriptor.has(n));
    if (!embedded) missing.add(String(object.get(PDFName.of('BaseFont')) ?? 'unnamed').replace(/^\//, ''));
  }
  return [...missing];
}

function resolve(pdf: PDFDocument, value: PDFObject | undefined): PDFObject | undefined {
  return value instanceof PDFRef ? pdf.context.lookup(value) : value;
}
