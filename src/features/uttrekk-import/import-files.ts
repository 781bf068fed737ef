import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ImportedDokumentobjekt } from './domain/map-units.js';
import { noteUnmapped, type ImportState } from './import-state.js';

export interface StoredFile {
  sha256: string;
  size: number;
  mimeType: string;
  filnavn: string;
}

const MIME: Record<string, string> = {
  pdf: 'application/pdf',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  xml: 'application/xml',
  txt: 'text/plain',
  html: 'text/html',
  odt: 'application/vnd.oasis.opendocument.text',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
};

export const mimeTypeOf = (filnavn: string) => MIME[path.extname(filnavn).slice(1).toLowerCase()] ?? 'application/octet-stream';

/**
 * Copies a document file of the package into our file store (content
 * addressed, so a resumed import stores nothing twice) and compares its
 * SHA-256 with the one the package gives: a mismatch is reported and the
 * object records the bytes it really has. A reference outside the package or
 * to a missing file is reported and the object left out (null).
 */
export async function storeDokumentfil(state: ImportState, objekt: ImportedDokumentobjekt): Promise<StoredFile | null> {
  const unmapped = noteUnmapped(state);
  const ref = objekt.referanseDokumentfil.replaceAll('\\', '/');
  const file = path.resolve(state.katalog, ref);
  if (path.isAbsolute(ref) || !file.startsWith(state.katalog + path.sep)) {
    unmapped('referanseDokumentfil utenfor pakken');
    return null;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    unmapped('dokumentfil mangler');
    return null;
  }
  const stored = await state.files.put(state.org, createReadStream(file));
  const algoritme = (objekt.sjekksumAlgoritme ?? 'SHA-256').toUpperCase().replace('SHA256', 'SHA-256');
  if (objekt.sjekksum && algoritme === 'SHA-256' && objekt.sjekksum !== stored.sha256) {
    state.sjekksumAvvik.push(`${ref}: pakken oppgir ${objekt.sjekksum}, filen har ${stored.sha256}`);
  }
  if (objekt.sjekksum && algoritme !== 'SHA-256') unmapped(`sjekksumalgoritme ${algoritme}`);
  const filnavn = path.basename(ref);
  return { sha256: stored.sha256, size: stored.size, mimeType: mimeTypeOf(filnavn), filnavn };
}
