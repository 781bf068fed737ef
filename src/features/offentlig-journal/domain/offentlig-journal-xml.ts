import { SKJERMET } from '../../tilgang/domain/screened-fields.js';
import type { PublicEntry } from './public-entry.js';

/*
 * Noark 5 offentligJournal (n5-v5.0/offentligJournal.xsd), written as text a
 * piece at a time so the export streams: the head, one journalregistrering
 * per record, the end. Only what the public entry holds is written — the
 * same as the public page shows.
 */

export const OFFENTLIG_JOURNAL_NS = 'http://www.arkivverket.no/standarder/noark5/offentligJournal';

export interface JournalHead {
  fra: string;
  til: string;
  antall: number;
  journalposttyper: readonly string[];
  arkivskaper: { organisasjonsnummer: string; navn: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text as XML character data; characters XML 1.0 cannot hold are dropped. */
export function xmlText(value: string): string {
  return value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** One element with text content (shared with the arkivuttrekk's writers). */
export const el = (name: string, value: string | number) => `<${name}>${xmlText(String(value))}</${name}>`;
/** An optional element: nothing when the value is absent or empty (the schemas ask for at least one character). */
export const opt = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === '' ? '' : el(name, value);

/** The root of a journal file: offentligJournal here, loependeJournal in the arkivuttrekk (the same head). */
export interface JournalRoot {
  name: string;
  ns: string;
  seleksjon: string;
}

export function journalHeadXml(h: JournalHead, root?: JournalRoot): string {
  const r = root ?? {
    name: 'offentligJournal',
    ns: OFFENTLIG_JOURNAL_NS,
    seleksjon: `Journalførte journalposter av typene ${h.journalposttyper.join(', ')}`,
  };
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<${r.name} xmlns="${r.ns}">\n  <journalhode>` +
    el('journalStartDato', h.fra) +
    el('journalSluttDato', h.til) +
    el('seleksjon', r.seleksjon) +
    el('antallJournalposter', h.antall) +
    `<arkivskaper>${el('arkivskaperID', h.arkivskaper.organisasjonsnummer)}${el('arkivskaperNavn', h.arkivskaper.navn)}</arkivskaper>` +
    `</journalhode>\n`
  );
}

/** The party type of a record without registered parties (the schema asks for at least one). */
export const NO_PARTY_TYPE: Record<string, string> = { I: 'EA', U: 'EM', N: 'IM', X: 'IM' };
export const NO_PARTY_NAME = 'Ikke registrert';

export function journalregistreringXml(e: PublicEntry): string {
  const s = e.saksmappe;
  const parties =
    e.korrespondanseparter.length > 0
      ? e.korrespondanseparter
      : [{ korrespondanseparttype: NO_PARTY_TYPE[e.journalposttype] ?? 'EA', navn: NO_PARTY_NAME }];
  return (
    '  <journalregistrering><saksmappe>' +
    el('mappeID', s.saksnummer) +
    el('saksaar', s.saksaar) +
    el('sakssekvensnummer', s.sakssekvensnummer) +
    el('offentligTittel', s.offentligTittel) +
    opt('tilgangsrestriksjon', s.tilgangskode) +
    opt('skjermingshjemmel', s.tilgangskode ? s.skjermingshjemmel : null) +
    '</saksmappe><journalpost>' +
    el('systemID', e.id) +
    el('registreringsID', e.journalpostId) +
    el('journalaar', e.journalaar) +
    el('journalsekvensnummer', e.journalsekvensnummer) +
    el('journalpostnummer', e.journalpostnummer) +
    el('offentligTittel', e.offentligTittel) +
    el('journaldato', e.journaldato) +
    opt('dokumentetsDato', e.dokumentetsDato) +
    opt('administrativEnhet', e.administrativEnhet) +
    opt('tilgangsrestriksjon', e.tilgangskode) +
    opt('skjermingshjemmel', e.tilgangskode ? e.skjermingshjemmel : null) +
    parties
      .map(
        (p) =>
          `<korrespondansepart>${el('korrespondanseparttype', p.korrespondanseparttype)}${el('korrespondansepartNavn', p.navn || SKJERMET)}</korrespondansepart>`,
      )
      .join('') +
    '</journalpost></journalregistrering>\n'
  );
}

export const JOURNAL_END_XML = '</offentligJournal>\n';
