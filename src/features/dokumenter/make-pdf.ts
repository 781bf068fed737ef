/**
 * A small one-or-more-page PDF with `text` (lines wrapped at ~90 characters),
 * for demo records and tests. Helvetica's WinAnsi encoding covers æ, ø and å;
 * characters outside it are replaced with '?'.
 */
export async function makePdf(text: string, tittel = 'Dokument'): Promise<Uint8Array> {
  // Loaded on first use: pdf-lib costs half a second at server start otherwise.
  const { PDFDocument, StandardFonts } = await import('pdf-lib');
  const doc = await PDFDocument.create();
  doc.setTitle(tittel);
  doc.setProducer('Saksgang');
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const lines = wrap(text.replace(/[^\n\x20-\x7e\xa0-\xff]/g, '?'), 90);
  const perPage = 50;
  for (let start = 0; start === 0 || start < lines.length; start += perPage) {
    const page = doc.addPage([595, 842]); // A4 in points
    lines.slice(start, start + perPage).forEach((line, i) => page.drawText(line, { x: 56, y: 780 - i * 14, size: 11, font }));
  }
  return doc.save();
}

function wrap(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const out: string[] = [];
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && line.length + 1 + word.length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
    return out;
  });
}
