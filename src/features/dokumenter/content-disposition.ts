/**
 * A Content-Disposition header (RFC 6266) with the file name both as an
 * ASCII fallback and as RFC 5987 `filename*` in UTF-8, so "Søknad æøå.pdf"
 * arrives intact in every current browser.
 */
export function contentDisposition(type: 'inline' | 'attachment', filnavn: string): string {
  const fallback =
    filnavn
      .replace(/[æÆøØåÅ]/g, (c) => NORWEGIAN[c] ?? c)
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/["\\%;]/g, '_')
      .trim() || 'dokument';
  const encoded = encodeURIComponent(filnavn).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

const NORWEGIAN: Record<string, string> = { æ: 'ae', Æ: 'Ae', ø: 'o', Ø: 'O', å: 'a', Å: 'A' };

/** Only PDF and raster images open in the browser (PDF for the UI's preview); anything else downloads, so no uploaded HTML or SVG runs in our origin. */
export function dispositionType(mimeType: string, download: boolean): 'inline' | 'attachment' {
  if (download) return 'attachment';
  return mimeType === 'application/pdf' || mimeType === 'image/png' || mimeType === 'image/jpeg' ? 'inline' : 'attachment';
}
