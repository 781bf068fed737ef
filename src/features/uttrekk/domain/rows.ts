/*
 * What the extraction reads of each Noark object, as the source repository
 * returns it: codes as stored, people and units already as names (the
 * extraction carries names, not our ids), dates as the drivers give them
 * (xs:date as 'YYYY-MM-DD' text, xs:dateTime as Date).
 */

export interface Skjermet {
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjerming_metadata: string[];
  skjerming_dokument: boolean;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
}

export interface Opprettet {
  opprettet_dato: Date;
  /** Null for a user out of sight (writers then write UKJENT, the element being required). */
  opprettet_av_navn: string | null;
}

export interface ArkivRow extends Opprettet {
  id: string;
  tittel: string;
  beskrivelse: string | null;
  arkivstatus: string;
  avsluttet_dato: Date | null;
  avsluttet_av_navn: string | null;
}

export interface ArkivdelRow extends Opprettet {
  id: string;
  arkiv_id: string;
  kortnavn: string;
  tittel: string;
  beskrivelse: string | null;
  arkivdelstatus: string;
  arkivperiode_start_dato: string | null;
  arkivperiode_slutt_dato: string | null;
  avsluttet_dato: Date | null;
  avsluttet_av_navn: string | null;
  referanse_forloeper: string | null;
  referanse_arvtaker: string | null;
  oppbevaringssted: string | null;
}

export interface KlassifikasjonssystemRow extends Opprettet {
  id: string;
  klassifikasjonstype: string;
  tittel: string;
  beskrivelse: string | null;
  avsluttet_dato: Date | null;
}

export interface KlasseRow extends Opprettet {
  id: string;
  klassifikasjonssystem_id: string;
  overordnet_klasse_id: string | null;
  klasse_id: string;
  tittel: string;
  beskrivelse: string | null;
  avsluttet_dato: Date | null;
}

export interface SaksmappeRow extends Opprettet, Skjermet {
  id: string;
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  offentlig_tittel: string | null;
  beskrivelse: string | null;
  saksdato: string;
  administrativ_enhet: string | null;
  saksansvarlig: string | null;
  journalenhet: string | null;
  saksstatus: string;
  avsluttet_dato: Date | null;
  avsluttet_av_navn: string | null;
}

export interface RegistreringRow extends Opprettet, Skjermet {
  id: string;
  saksmappe_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  registreringstype: string;
  journalaar: number | null;
  journalsekvensnummer: number | null;
  journalpostnummer: number;
  journalposttype: string;
  journalstatus: string;
  journaldato: string;
  tittel: string;
  offentlig_tittel: string | null;
  beskrivelse: string | null;
  dokumentets_dato: string | null;
  mottatt_dato: Date | null;
  sendt_dato: Date | null;
  forfallsdato: string | null;
  offentlighetsvurdert_dato: string | null;
  antall_vedlegg: number | null;
  journalenhet: string | null;
  administrativ_enhet: string | null;
  saksbehandler: string | null;
  dokumentmedium: string | null;
  arkivert_dato: Date | null;
  arkivert_av_navn: string | null;
}

export interface PartRow {
  saksmappe_id: string;
  part_id: string | null;
  part_navn: string;
  part_rolle: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  telefonnummer: string | null;
  kontaktperson: string | null;
}

export interface KorrespondansepartRow {
  journalpost_id: string;
  korrespondanseparttype: string;
  navn: string;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  telefonnummer: string | null;
  kontaktperson: string | null;
  administrativ_enhet: string | null;
  saksbehandler: string | null;
}

export interface MerknadRow {
  objekt_id: string;
  merknadstekst: string;
  merknadstype: string | null;
  merknadsdato: Date;
  registrert_av_navn: string | null;
}

export interface AvskrivningRow {
  journalpost_id: string;
  avskrivningsdato: string;
  avskrevet_av_navn: string | null;
  avskrivningsmaate: string;
  referanse_avskrives_av_journalpost: string | null;
}

export interface DokumentRow extends Opprettet, Skjermet {
  id: string;
  journalpost_id: string;
  dokumenttype: string;
  dokumentstatus: string;
  tittel: string;
  beskrivelse: string | null;
  forfatter: string | null;
  tilknyttet_registrering_som: string;
  dokumentnummer: number;
  tilknyttet_dato: Date;
  tilknyttet_av_navn: string | null;
  personsensitiv: boolean;
}

export interface DokumentobjektRow extends Opprettet {
  id: string;
  dokumentbeskrivelse_id: string;
  versjonsnummer: number;
  variantformat: string;
  format: string;
  format_detaljer: string | null;
  filnavn: string;
  mime_type: string;
  sjekksum: string;
  sjekksum_algoritme: string;
  filstoerrelse: number;
  /** Noark konvertering (0087): set when a conversion made this object. */
  konvertert_fra_format: string | null;
  konverteringsverktoey: string | null;
}

/** An entry of our change log, or of an imported archive's (whose field and author may be missing). */
export interface EndringRow {
  id: number;
  objekt_id: string;
  felt: string | null;
  tidligere_verdi: string | null;
  ny_verdi: string | null;
  endret_dato: Date;
  endret_av_navn: string | null;
}
