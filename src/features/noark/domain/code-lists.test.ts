import { describe, expect, it } from 'vitest';
import { TILGANGSKODE, isTilgangskode, MIDLERTIDIG_SPERRET } from './access-codes.js';
import { codesOf, findCode, type CodeEntry } from './code-list.js';
import { DOKUMENTMEDIUM, DOKUMENTTYPE, SKJERMING_METADATA, isDokumenttype, isSkjermingMetadata } from './code-lists-archive.js';
import * as lists from './code-lists.js';
import * as archiveLists from './code-lists-archive.js';

const allLists = Object.entries({ ...lists, ...archiveLists, TILGANGSKODE }).flatMap(([name, value]) =>
  Array.isArray(value) ? [[name, value as readonly CodeEntry[]] as const] : [],
);

describe('code lists', () => {
  it.each(allLists)('%s has unique codes and a name in both languages', (_name, list) => {
    expect(list.length).toBeGreaterThan(0);
    expect(new Set(list.map((e) => e.code)).size).toBe(list.length);
    for (const e of list) {
      expect(e.nb.trim()).not.toBe('');
      expect(e.en.trim()).not.toBe('');
    }
  });

  it('holds exactly the saksstatus codes the routines use', () => {
    expect(codesOf(lists.SAKSSTATUS)).toEqual(['R', 'B', 'S', 'A', 'U']);
    expect(findCode(lists.SAKSSTATUS, 'S')?.nb).toBe('Avsluttet av saksbehandler');
    expect(findCode(lists.SAKSSTATUS, 'R')?.nb).toBe('Opprettet av saksbehandler');
  });

  it('names journalstatus as the extraction writes them', () => {
    expect(codesOf(lists.JOURNALSTATUS)).toEqual(['M', 'S', 'R', 'F', 'G', 'E', 'J', 'A', 'U']);
    expect(findCode(lists.JOURNALSTATUS, 'J')?.nb).toBe('Journalført');
    expect(findCode(lists.JOURNALSTATUS, 'F')?.nb).toBe('Ferdigstilt fra saksbehandler');
    expect(findCode(lists.JOURNALSTATUS, 'A')?.nb).toBe('Arkivert');
  });

  it('covers journalposttype, korrespondanseparttype, variantformat and avskrivningsmaate', () => {
    expect(codesOf(lists.JOURNALPOSTTYPE)).toEqual(['I', 'U', 'N', 'X', 'S']);
    expect(codesOf(lists.KORRESPONDANSEPARTTYPE)).toEqual(['EA', 'EM', 'EK', 'GM', 'IA', 'IM', 'IK', 'IS']);
    expect(codesOf(lists.VARIANTFORMAT)).toEqual(['P', 'A', 'O']);
    expect(codesOf(lists.AVSKRIVNINGSMAATE)).toEqual(['BU', 'BE', 'TLF', 'TE', 'TO', 'BN', 'SA']);
    expect(findCode(lists.DOKUMENTSTATUS, 'F')?.nb).toBe('Dokumentet er ferdigstilt');
    expect(findCode(lists.TILKNYTTET_REGISTRERING_SOM, 'H')?.nb).toBe('Hoveddokument');
  });

  it('guards accept codes of their own list only', () => {
    expect(lists.isSaksstatus('B')).toBe(true);
    expect(lists.isSaksstatus('M')).toBe(false);
    expect(lists.isSaksstatus('b')).toBe(false);
    expect(lists.isJournalstatus('M')).toBe(true);
    expect(lists.isJournalstatus(undefined)).toBe(false);
    expect(lists.isJournalposttype('I')).toBe(true);
    expect(lists.isJournalposttype('Inngående dokument')).toBe(false);
    expect(lists.isAvskrivningsmaate('TLF')).toBe(true);
    expect(lists.isKorrespondanseparttype(42)).toBe(false);
    expect(isDokumenttype('SF')).toBe(true);
    expect(isSkjermingMetadata('TRO')).toBe(true);
    expect(isTilgangskode('XX')).toBe(true);
    expect(isTilgangskode('Q')).toBe(false);
  });

  it('has all twelve skjermingMetadata values and the three dokumentmedium values', () => {
    expect(SKJERMING_METADATA).toHaveLength(12);
    expect(codesOf(DOKUMENTMEDIUM)).toEqual(['F', 'E', 'B']);
  });

  it('keeps the TG dokumenttype codes and names', () => {
    expect(findCode(DOKUMENTTYPE, 'B')?.nb).toBe('Brev');
    expect(findCode(DOKUMENTTYPE, 'F')?.nb).toBe('Faktura');
    expect(DOKUMENTTYPE.map((e) => e.nb)).toEqual(
      expect.arrayContaining(['Notat', 'Saksframlegg', 'Vedtak', 'Avtale', 'Rapport', 'Søknad']),
    );
  });

  it('gives every access code but XX a legal basis', () => {
    expect(codesOf(TILGANGSKODE)).toEqual(['U', 'P', 'E', 'S', 'XX']);
    expect(findCode(TILGANGSKODE, 'P')?.skjermingshjemmel).toBe('Offl §13 jf. fvl §13 første ledd nr. 1');
    expect(findCode(TILGANGSKODE, MIDLERTIDIG_SPERRET)?.skjermingshjemmel).toBeNull();
    for (const e of TILGANGSKODE.filter((c) => c.code !== 'XX')) expect(e.skjermingshjemmel).toMatch(/^Offl §13/);
  });
});
