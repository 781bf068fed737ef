import { format, latin1, type FileFormat } from './file-format.js';

const XML = format('fmt/101', 'application/xml', 'XML 1.0');
const EML = format('fmt/950', 'message/rfc822', 'E-post (MIME, RFC 5322)');
const CSV = format('x-fmt/18', 'text/csv', 'CSV');

/** Header names that only an e-mail message starts with. */
const MAIL_HEADERS = /^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|reply-to|x-[a-z0-9-]+):/im;

/**
 * Plain text has no signature: the sniffed bytes must be free of binary
 * control characters. UTF-8 and Latin-1/Windows-1252 (older Norwegian
 * files) both qualify. Text is then told apart by content: an XML
 * declaration, an RFC 5322 header block, or else by the extension.
 */
export function identifyText(head: Uint8Array, extension: string): FileFormat | undefined {
  if (head.length === 0 || !looksLikeText(head)) return undefined;
  const text = latin1(head).replace(/^\xef\xbb\xbf/, '');
  if (/^\s*<\?xml\s/.test(text) || (extension === 'xml' && text.trimStart().startsWith('<'))) return XML;
  if (isMail(text, extension)) return EML;
  if (extension === 'csv') return CSV;
  return format('x-fmt/111', `text/plain; charset=${isUtf8(head) ? 'utf-8' : 'windows-1252'}`, 'Ren tekst');
}

function isMail(text: string, extension: string): boolean {
  const headerBlock = text.split(/\r?\n\r?\n/, 1)[0] ?? '';
  const headers = headerBlock.split(/\r?\n/).filter((l) => MAIL_HEADERS.test(l));
  const firstLineIsHeader = /^[A-Za-z][A-Za-z0-9-]*:\s/.test(text);
  const hasFrom = /^from:/im.test(headerBlock);
  return firstLineIsHeader && (extension === 'eml' ? headers.length >= 1 : hasFrom && headers.length >= 3);
}

function looksLikeText(bytes: Uint8Array): boolean {
  for (const b of bytes) {
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) return false;
  }
  return true;
}

/** Valid UTF-8, allowing a multi-byte character cut off by the end of the sniffed bytes. */
function isUtf8(bytes: Uint8Array): boolean {
  let end = bytes.length;
  for (let back = 1; back <= 3 && end - back >= 0; back++) {
    const b = bytes[end - back]!;
    if ((b & 0xc0) !== 0x80) {
      if (b >= 0xc0) end -= back;
      break;
    }
  }
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
    return true;
  } catch {
    return false;
  }
}
