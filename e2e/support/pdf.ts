import { PDFDocument, StandardFonts } from 'pdf-lib';

/** A one-page A4 PDF with `text` on it, as a scanner's letter would arrive (its text is extracted and searched). */
export async function pdfWithText(text: string): Promise<Buffer> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText(text, { x: 50, y: 780, size: 14, font });
  return Buffer.from(await doc.save());
}
