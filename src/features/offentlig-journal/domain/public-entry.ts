import { formatJournalpostId, formatLoepenummer, formatSaksnummer } from '../../noark/domain/numbering.js';
import { publicTitle, SKJULT_ORD } from '../../tilgang/domain/public-title.js';
import { publicReads } from '../../tilgang/domain/read-rule.js';
import { SKJERMET } from '../../tilgang/domain/screened-fields.js';
import type { PublicFile } from './public-file.js';

/**
 * A fødselsnummer or D-number as text may write it: eleven digits, or six
 * and five with one space between, not inside a longer number. The public
 * journal masks every such run, valid check digits or not: a number that
 * looks like one is not worth the risk. `FOEDSELSNUMMER_SQL` is its SQL twin
 * (PostgreSQL regular expression), so search matches what is shown.
 */
const FOEDSELSNUMMER = /(?<![0-9])[0-9]{6} ?[0-9]{5}(?![0-9])/g;
export const FOEDSELSNUMMER_SQL = '(?<![0-9])[0-9]{6} ?[0-9]{5}(?![0-9])';

/** The text with every fødselsnummer-like number replaced by *****. */
export function maskFoedselsnummer(text: string): string {
  return text.replace(FOEDSELSNUMMER, SKJULT_ORD);
}

/** A record of the public journal as the repository reads it. */
export interface PublicRecordRow {
  id: string;
  journalposttype: string;
  journaldato: string;
  dokumentets_dato: string | null;
  journalaar: number;
  journalsekvensnummer: number;
  journalpostnummer: number;
  tittel: string;
  offentlig_tittel: string | null;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjermede_tittelord: number[];
  saksmappe_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  sak_tittel: string;
  sak_offentlig_tittel: string | null;
  sak_tilgangskode: string | null;
  sak_skjermingshjemmel: string | null;
  sak_skjermede_tittelord: number[];
  enhet: string | null;
}

export interface PublicPartRow {
  journalpost_id: string;
  korrespondanseparttype: string;
  navn: string;
  skjermet: boolean;
}

export interface PublicParty {
  korrespondanseparttype: string;
  /** The name, or «Skjermet» when the party or its record is screened. */
  navn: string;
  skjermet: boolean;
}

export interface PublicEntry {
  id: string;
  journalpostId: string;
  loepenummer: string;
  journalaar: number;
  journalsekvensnummer: number;
  journalpostnummer: number;
  journalposttype: string;
  journaldato: string;
  dokumentetsDato: string | null;
  offentligTittel: string;
  skjermet: boolean;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  administrativEnhet: string | null;
  saksmappe: {
    id: string;
    saksnummer: string;
    saksaar: number;
    sakssekvensnummer: number;
    offentligTittel: string;
    tilgangskode: string | null;
    skjermingshjemmel: string | null;
  };
  korrespondanseparter: PublicParty[];
  dokumenter: { dokumentbeskrivelseId: string; dokumentobjektId: string; tittel: string; filnavn: string; mimeType: string }[];
}

/**
 * A record as the public sees it: the public titles of the record and its
 * case (screened words and fødselsnumre masked), numbers, dates, type and
 * unit, and each correspondence party's name unless the party or the record
 * is screened (journalpost-presenter.ts: a screened party shows to those who
 * would read the record were it screened — never the public), and the full
 * texts published of it.
 */
export function presentPublicEntry(j: PublicRecordRow, parts: readonly PublicPartRow[], files: readonly PublicFile[]): PublicEntry {
  const recordOpen = publicReads(j);
  const title = (t: Parameters<typeof publicTitle>[0], type: 'saksmappe' | 'journalpost') => maskFoedselsnummer(publicTitle(t, type));
  return {
    id: j.id,
    journalpostId: formatJournalpostId(j.saksaar, j.sakssekvensnummer, j.journalpostnummer),
    loepenummer: formatLoepenummer(j.journalaar, j.journalsekvensnummer),
    journalaar: j.journalaar,
    journalsekvensnummer: j.journalsekvensnummer,
    journalpostnummer: j.journalpostnummer,
    journalposttype: j.journalposttype,
    journaldato: j.journaldato,
    dokumentetsDato: j.dokumentets_dato,
    offentligTittel: title(
      { tittel: j.tittel, offentligTittel: j.offentlig_tittel, tilgangskode: j.tilgangskode, skjermedeTittelord: j.skjermede_tittelord },
      'journalpost',
    ),
    skjermet: !recordOpen,
    tilgangskode: j.tilgangskode,
    skjermingshjemmel: j.skjermingshjemmel,
    administrativEnhet: j.enhet,
    saksmappe: {
      id: j.saksmappe_id,
      saksnummer: formatSaksnummer(j.saksaar, j.sakssekvensnummer),
      saksaar: j.saksaar,
      sakssekvensnummer: j.sakssekvensnummer,
      offentligTittel: title(
        {
          tittel: j.sak_tittel,
          offentligTittel: j.sak_offentlig_tittel,
          tilgangskode: j.sak_tilgangskode,
          skjermedeTittelord: j.sak_skjermede_tittelord,
        },
        'saksmappe',
      ),
      tilgangskode: j.sak_tilgangskode,
      skjermingshjemmel: j.sak_skjermingshjemmel,
    },
    korrespondanseparter: parts.map((p) => {
      const shown = recordOpen && !p.skjermet;
      return { korrespondanseparttype: p.korrespondanseparttype, navn: shown ? maskFoedselsnummer(p.navn) : SKJERMET, skjermet: !shown };
    }),
    // Decided per document by publicFileOf: of a screened record only a public variant (O).
    dokumenter: files.map((f) => ({
      dokumentbeskrivelseId: f.dokumentbeskrivelseId,
      dokumentobjektId: f.dokumentobjektId,
      tittel: f.tittel,
      filnavn: f.filnavn,
      mimeType: f.mimeType,
    })),
  };
}
