import { format, latin1, type FileFormat } from './file-format.js';

const DOCX = format('fmt/412', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Microsoft Word (OOXML)');
const XLSX = format('fmt/214', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Microsoft Excel (OOXML)');
const ODT = format('fmt/291', 'application/vnd.oasis.opendocument.text', 'OpenDocument Text 1.2');
const ZIP = format('x-fmt/263', 'application/zip', 'ZIP');

/**
 * Office files are ZIP packages: ODF puts an uncompressed `mimetype` entry
 * first (offset 30, name then content), OOXML has `word/` or `xl/` part names
 * in the local headers near the start. The extension decides only when the
 * package's own marks are beyond the sniffed bytes.
 */
export function identifyZip(head: Uint8Array, extension: string): FileFormat {
  const text = latin1(head);
  if (text.startsWith('mimetype', 30) && text.startsWith('application/vnd.oasis.opendocument.text', 38)) return ODT;
  if (text.includes('word/')) return DOCX;
  if (text.includes('xl/')) return XLSX;
  return { docx: DOCX, xlsx: XLSX, odt: ODT }[extension] ?? ZIP;
}
