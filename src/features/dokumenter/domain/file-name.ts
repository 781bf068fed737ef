/**
 * The name a file is stored and offered under: the last path segment only
 * (browsers on Windows send full paths), without control characters, at most
 * 255 characters with the extension kept.
 */
export function cleanFilnavn(raw: string | undefined): string {
  const base = (raw ?? '').split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  if (clean === '' || clean === '.' || clean === '..') return 'dokument';
  if (clean.length <= 255) return clean;
  const dot = clean.lastIndexOf('.');
  const ext = dot > 0 && clean.length - dot <= 16 ? clean.slice(dot) : '';
  return clean.slice(0, 255 - ext.length) + ext;
}
