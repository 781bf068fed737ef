import { format, latin1, type FileFormat } from './file-format.js';

/** PRONOM PUIDs of PDF by header version. */
const PDF_VERSIONS: Record<string, string> = {
  '1.0': 'fmt/14',
  '1.1': 'fmt/15',
  '1.2': 'fmt/16',
  '1.3': 'fmt/17',
  '1.4': 'fmt/18',
  '1.5': 'fmt/19',
  '1.6': 'fmt/20',
  '1.7': 'fmt/276',
  '2.0': 'fmt/1129',
};

/** PRONOM PUIDs of PDF/A by part and conformance level (ISO 19005-1, -2, -3). */
const PDFA: Record<string, string> = {
  '1A': 'fmt/95',
  '1B': 'fmt/354',
  '2A': 'fmt/476',
  '2B': 'fmt/477',
  '2U': 'fmt/478',
  '3A': 'fmt/479',
  '3B': 'fmt/480',
  '3U': 'fmt/481',
};

/**
 * A PDF is recognised by `%PDF-` within the first KiB (the spec allows
 * leading junk). PDF/A is claimed in the XMP metadata (pdfaid:part and
 * pdfaid:conformance, as attributes or elements); we only see it when the
 * metadata stream is uncompressed and among the first bytes we sniff, which
 * is how PDF/A writers usually place it. The claim is recorded, not validated
 * (that is veraPDF's job).
 */
export function identifyPdf(head: Uint8Array): FileFormat | undefined {
  const start = latin1(head, 0, Math.min(head.length, 1024));
  const at = start.indexOf('%PDF-');
  if (at < 0) return undefined;
  const version = /^%PDF-(\d\.\d)/.exec(start.slice(at))?.[1] ?? '';
  const pdfa = pdfaClaim(latin1(head));
  if (pdfa && PDFA[pdfa]) return format(PDFA[pdfa], 'application/pdf', `PDF/A-${pdfa[0]}${pdfa[1]!.toLowerCase()}`);
  const puid = PDF_VERSIONS[version];
  return puid ? format(puid, 'application/pdf', `PDF ${version}`) : format('av/0', 'application/pdf', 'PDF (ukjent versjon)');
}

function pdfaClaim(text: string): string | undefined {
  const part = /pdfaid:part\s*(?:=\s*["'](\d)["']|>\s*(\d)\s*<)/.exec(text);
  const conformance = /pdfaid:conformance\s*(?:=\s*["']([ABU])["']|>\s*([ABU])\s*<)/i.exec(text);
  const p = part?.[1] ?? part?.[2];
  const c = conformance?.[1] ?? conformance?.[2];
  return p && c ? `${p}${c.toUpperCase()}` : undefined;
}
