/*
 * Archival formats (Noark 5 krav 2.7.9–2.7.13). The organisation approves a
 * list of formats by PRONOM PUID (krav 2.7.9); without its own list the
 * standard one applies: the document formats of Riksarkivarens forskrift
 * § 5-17 that Saksgang recognises.
 */

export interface Arkivformat {
  format: string;
  navn: string;
}

export const STANDARD_ARKIVFORMATER: readonly Arkivformat[] = [
  { format: 'x-fmt/111', navn: 'Ren tekst' },
  { format: 'fmt/101', navn: 'XML' },
  { format: 'fmt/95', navn: 'PDF/A-1a' },
  { format: 'fmt/354', navn: 'PDF/A-1b' },
  { format: 'fmt/476', navn: 'PDF/A-2a' },
  { format: 'fmt/477', navn: 'PDF/A-2b' },
  { format: 'fmt/478', navn: 'PDF/A-2u' },
  { format: 'fmt/353', navn: 'TIFF' },
  { format: 'fmt/13', navn: 'PNG' },
  { format: 'fmt/42', navn: 'JPEG (JFIF 1.00)' },
  { format: 'fmt/43', navn: 'JPEG' },
  { format: 'fmt/44', navn: 'JPEG (JFIF 1.02)' },
];

/** The formats a PUID list names; a list of its own replaces the standard one whole. */
export function approvedFormats(own: readonly string[] | null | undefined): ReadonlySet<string> {
  return new Set(own && own.length > 0 ? own : STANDARD_ARKIVFORMATER.map((f) => f.format));
}

/** A PRONOM PUID (fmt/…, x-fmt/…). */
export const PUID = /^(x-)?fmt\/\d{1,5}$/;

/**
 * Production formats Saksgang converts to PDF/A itself (LibreOffice, when a
 * document is finished: src/features/maler/arkivformat-job.ts), by mime type,
 * with the extension LibreOffice reads each by.
 */
export const CONVERTIBLE: Readonly<Record<string, string>> = {
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/msword': 'doc',
  'application/rtf': 'rtf',
  'text/rtf': 'rtf',
};

export const isConvertible = (mimeType: string) => mimeType in CONVERTIBLE;

/** What the rule sees of one document: its newest version's files, and the archive's exception. */
export interface DocumentFormats {
  /** The formats (PUIDs) of the newest version's file objects, every variant. */
  formats: readonly string[];
  /** The newest version's production file (variant P), when it has one. */
  productionMimeType: string | null;
  /** The archive's reason for keeping it as it is. */
  unntak: string | null;
}

/**
 * A document that holds back journalføring (J) and closing its case (A):
 * an electronic document whose newest version was made in a format Saksgang
 * converts (an office document) and that has no file in an approved format
 * yet — its archival variant is missing — unless the archive has recorded a
 * reasoned exception. Documents in other formats that are not approved (a
 * plain PDF from a citizen, an e-mail) do not hold anything back: nothing
 * here can convert them, so they are left to the archive through the
 * format report (krav 2.7.13) rather than stopping the daily journal.
 */
export function awaitsArchivalFormat(doc: DocumentFormats, approved: ReadonlySet<string>): boolean {
  if (doc.unntak) return false;
  if (doc.formats.some((f) => approved.has(f))) return false;
  return doc.productionMimeType !== null && isConvertible(doc.productionMimeType);
}

/** Krav 2.7.13: a document none of whose newest files is in an approved format (electronic documents only). */
export function lacksApprovedFormat(doc: DocumentFormats, approved: ReadonlySet<string>): boolean {
  return doc.formats.length > 0 && !doc.formats.some((f) => approved.has(f));
}
