import { NO_PARTY_NAME, NO_PARTY_TYPE, type JournalRoot } from '../../offentlig-journal/domain/offentlig-journal-xml.js';
import { registreringsId } from './arkivstruktur-xml.js';
import { el, NAMES, opt } from './noark-text.js';
import type { AvskrivningRow, KorrespondansepartRow, RegistreringRow } from './rows.js';

/*
 * Noark 5 loependeJournal (n5-v5.0/loependeJournal.xsd): the journal of the
 * extraction's records in number order (krav 6.4.30), with the full titles
 * and every party, screened or not — the extraction is complete; the public
 * version is offentligJournal.xml. Head and end as the offentligJournal's.
 */

export const LOEPENDE_JOURNAL_ROOT: JournalRoot = {
  name: 'loependeJournal',
  ns: 'http://www.arkivverket.no/standarder/noark5/loependeJournal',
  seleksjon: 'Alle journalposter i arkivuttrekket, i løpenummerorden',
};
export const LOEPENDE_JOURNAL_END = '</loependeJournal>\n';

/** A journal line: the record with its case's and class's fields. */
export interface JournalLinje extends Pick<
  RegistreringRow,
  | 'id'
  | 'saksaar'
  | 'sakssekvensnummer'
  | 'journalaar'
  | 'journalsekvensnummer'
  | 'journalpostnummer'
  | 'journalposttype'
  | 'journaldato'
  | 'tittel'
  | 'offentlig_tittel'
  | 'offentlighetsvurdert_dato'
  | 'dokumentets_dato'
  | 'antall_vedlegg'
  | 'administrativ_enhet'
  | 'saksbehandler'
  | 'journalenhet'
  | 'tilgangskode'
  | 'skjermingshjemmel'
> {
  sak_tittel: string;
  sak_offentlig_tittel: string | null;
  sak_administrativ_enhet: string | null;
  saksansvarlig: string | null;
  arkivdel_id: string;
  klasse_id: string | null;
  klasse_tittel: string | null;
}

export function loependeJournalregistreringXml(
  j: JournalLinje,
  parter: readonly KorrespondansepartRow[],
  avskrivning: AvskrivningRow | undefined,
): string {
  const partsOut =
    parter.length > 0
      ? parter.map((p) => ({ type: NAMES.korrespondanseparttype(p.korrespondanseparttype), navn: p.navn }))
      : [{ type: NAMES.korrespondanseparttype(NO_PARTY_TYPE[j.journalposttype] ?? 'EA'), navn: NO_PARTY_NAME }];
  return (
    '  <journalregistrering>' +
    (j.klasse_id ? `<klasse>${el('klasseID', j.klasse_id)}${el('tittel', j.klasse_tittel ?? j.klasse_id)}</klasse>` : '') +
    '<saksmappe>' +
    el('mappeID', `${j.saksaar}/${j.sakssekvensnummer}`) +
    el('saksaar', j.saksaar) +
    el('sakssekvensnummer', j.sakssekvensnummer) +
    el('tittel', j.sak_tittel) +
    opt('offentligTittel', j.sak_offentlig_tittel) +
    opt('administrativEnhet', j.sak_administrativ_enhet) +
    opt('saksansvarlig', j.saksansvarlig) +
    el('referanseArkivdel', j.arkivdel_id) +
    '</saksmappe><journalpost>' +
    el('systemID', j.id) +
    el('registreringsID', registreringsId(j)) +
    el('journalaar', j.journalaar ?? j.saksaar) +
    el('journalsekvensnummer', j.journalsekvensnummer ?? 0) +
    el('journalpostnummer', j.journalpostnummer) +
    el('tittel', j.tittel) +
    opt('offentligTittel', j.offentlig_tittel) +
    opt('offentlighetsvurdertDato', j.offentlighetsvurdert_dato) +
    el('journaldato', j.journaldato) +
    opt('dokumentetsDato', j.dokumentets_dato) +
    opt('antallVedlegg', j.antall_vedlegg) +
    opt('avskrivningsdato', avskrivning?.avskrivningsdato) +
    opt('avskrivningsmaate', avskrivning ? NAMES.avskrivningsmaate(avskrivning.avskrivningsmaate) : null) +
    opt('administrativEnhet', j.administrativ_enhet) +
    opt('saksbehandler', j.saksbehandler) +
    opt('journalenhet', j.journalenhet) +
    opt('referanseAvskrivesAvJournalpost', avskrivning?.referanse_avskrives_av_journalpost) +
    opt('tilgangsrestriksjon', j.tilgangskode) +
    opt('skjermingshjemmel', j.tilgangskode ? j.skjermingshjemmel : null) +
    partsOut
      .map((p) => `<korrespondansepart>${el('korrespondanseparttype', p.type)}${el('korrespondansepartNavn', p.navn)}</korrespondansepart>`)
      .join('') +
    '</journalpost></journalregistrering>\n'
  );
}
