import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../../db/schema.js';

/* Kysely types of the records-core tables (migrations 0002, 0003 and 0005). Keep in step with the SQL. */

export interface ArkivTable {
  id: Generated<string>;
  organisasjon_id: string;
  tittel: string;
  beskrivelse: string | null;
  arkivstatus: Generated<string>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  avsluttet_dato: Timestamp | null;
  avsluttet_av: string | null;
}

export interface ArkivdelTable {
  id: Generated<string>;
  organisasjon_id: string;
  arkiv_id: string;
  kortnavn: string;
  tittel: string;
  beskrivelse: string | null;
  arkivdelstatus: Generated<string>;
  arkivperiode_start_dato: string | null;
  arkivperiode_slutt_dato: string | null;
  standard_tilgangskode: string | null;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  avsluttet_dato: Timestamp | null;
  avsluttet_av: string | null;
  referanse_forloeper: string | null;
  referanse_arvtaker: string | null;
  oppbevaringssted: string | null;
  /** Imported from an extraction (migration 0082): read-only, no new content. */
  historisk: Generated<boolean>;
  /** 0080: disposal (krav 6.1): B bevares, K kasseres, G vurderes senere; hjemmel; years. */
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** 0080: how far the decision is inherited: 'av', 'mappe', 'alle' (krav 6.1.9, 6.1.10). */
  kassasjon_arv: Generated<string>;
}

export interface KlassifikasjonssystemTable {
  id: Generated<string>;
  organisasjon_id: string;
  kortnavn: string;
  klassifikasjonstype: string;
  tittel: string;
  beskrivelse: string | null;
  verdiformat: string | null;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  avsluttet_dato: Timestamp | null;
}

export interface ArkivdelKlassifikasjonssystemTable {
  organisasjon_id: string;
  arkivdel_id: string;
  klassifikasjonssystem_id: string;
  primaer: Generated<boolean>;
}

export interface KlasseTable {
  id: Generated<string>;
  organisasjon_id: string;
  klassifikasjonssystem_id: string;
  overordnet_klasse_id: string | null;
  klasse_id: string;
  tittel: string;
  beskrivelse: string | null;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  avsluttet_dato: Timestamp | null;
  /** 0080: disposal (krav 6.1): B bevares, K kasseres, G vurderes senere; hjemmel; years. */
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** 0080: how far the decision is inherited: 'av', 'mappe', 'alle' (krav 6.1.9, 6.1.10). */
  kassasjon_arv: Generated<string>;
}

export interface NummerserieTable {
  organisasjon_id: string;
  serie: string;
  aar: number;
  siste: Generated<number>;
}

export interface ProsjektTable {
  id: Generated<string>;
  organisasjon_id: string;
  navn: string;
  opprettet_dato: Generated<Date>;
}

export interface SaksmappeTable {
  id: Generated<string>;
  organisasjon_id: string;
  arkivdel_id: string;
  saksaar: number;
  sakssekvensnummer: number;
  tittel: string;
  offentlig_tittel: string | null;
  beskrivelse: string | null;
  saksdato: string;
  administrativ_enhet_id: string;
  saksansvarlig_id: string;
  journalenhet: string | null;
  saksstatus: string;
  primaer_klasse_id: string | null;
  primaer_klasseverdi: string | null;
  obs_dato: string | null;
  obs_merknad: Generated<string | null>;
  prosjekt_id: string | null;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjerming_metadata: Generated<string[]>;
  skjerming_dokument: Generated<boolean>;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
  tilgangsgruppe_id: string | null;
  skjermede_tittelord: Generated<number[]>;
  siste_journalpostnummer: Generated<number>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  avsluttet_dato: Timestamp | null;
  avsluttet_av: string | null;
  /** 0080: disposal (krav 6.1): B bevares, K kasseres, G vurderes senere; hjemmel; years. */
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** 0080: a disposal date set by hand (krav 6.1.8). */
  kassasjonsdato: string | null;
  /** 0080: a legal hold and its reason; nothing of the case is disposed of while it holds. */
  rettslig_hold: string | null;
  /** 0080: disposal carried out (utfoertKassasjon). */
  kassert_dato: Timestamp | null;
  kassert_av: string | null;
}

export interface SaksmappeSekundaerklasseTable {
  organisasjon_id: string;
  saksmappe_id: string;
  klasse_id: string | null;
  klassifikasjonssystem_id: string;
  klasseverdi: string;
}

export interface PartTable {
  id: Generated<string>;
  organisasjon_id: string;
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
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface JournalpostTable {
  id: Generated<string>;
  organisasjon_id: string;
  saksmappe_id: string;
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
  mottatt_dato: Timestamp | null;
  sendt_dato: Timestamp | null;
  forfallsdato: string | null;
  offentlighetsvurdert_dato: string | null;
  antall_vedlegg: number | null;
  administrativ_enhet_id: string | null;
  saksbehandler_id: string | null;
  journalenhet: string | null;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjerming_metadata: Generated<string[]>;
  skjerming_dokument: Generated<boolean>;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
  tilgangsgruppe_id: string | null;
  skjermede_tittelord: Generated<number[]>;
  skjerming_arvet: Generated<boolean>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  arkivert_dato: Timestamp | null;
  arkivert_av: string | null;
  /** XX basket (0018): the day the record was blocked XX; set by the database. */
  midlertidig_sperret_dato: Generated<string | null>;
  /** 0050: Noark dokumentmedium; F = the archive confirmed a paper-only letter. */
  dokumentmedium: string | null;
  /** 0051: an urgent letter (short due date, red flag). */
  haster: Generated<boolean>;
  /** 0080: disposal (krav 6.1): B bevares, K kasseres, G vurderes senere; hjemmel; years. */
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** 0080: a disposal date set by hand (krav 6.1.8). */
  kassasjonsdato: string | null;
}

export interface KorrespondansepartTable {
  id: Generated<string>;
  organisasjon_id: string;
  journalpost_id: string;
  korrespondanseparttype: string;
  navn: string;
  organisasjonsnummer: string | null;
  foedselsnummer: string | null;
  postadresse: string | null;
  postnummer: string | null;
  poststed: string | null;
  land: string | null;
  epostadresse: string | null;
  telefonnummer: string | null;
  kontaktperson: string | null;
  administrativ_enhet_id: string | null;
  saksbehandler_id: string | null;
  skjermet: Generated<boolean>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface MerknadTable {
  id: Generated<string>;
  organisasjon_id: string;
  objekt_type: string;
  objekt_id: string;
  merknadstekst: string;
  merknadstype: string | null;
  merknadsdato: Generated<Date>;
  merknad_registrert_av: string;
}

export interface KryssreferanseTable {
  id: Generated<string>;
  organisasjon_id: string;
  fra_type: string;
  fra_id: string;
  til_type: string;
  til_id: string;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface PresedensTable {
  id: Generated<string>;
  organisasjon_id: string;
  saksmappe_id: string | null;
  journalpost_id: string | null;
  presedens_dato: string;
  tittel: string;
  beskrivelse: string | null;
  presedens_hjemmel: string | null;
  rettskildefaktor: string;
  presedens_status: Generated<string>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
}

export interface EndringsloggTable {
  id: Generated<number>;
  organisasjon_id: string;
  objekt_type: string;
  objekt_id: string;
  felt: string;
  tidligere_verdi: string | null;
  ny_verdi: string | null;
  endret_dato: Generated<Date>;
  endret_av: string;
  endret_av_navn: string;
}

export interface DokumentbeskrivelseTable {
  id: Generated<string>;
  organisasjon_id: string;
  journalpost_id: string;
  dokumenttype: string;
  dokumentstatus: string;
  tittel: string;
  beskrivelse: string | null;
  forfatter: string | null;
  tilknyttet_registrering_som: string;
  dokumentnummer: number;
  tilknyttet_dato: Generated<Date>;
  tilknyttet_av: string;
  tilgangskode: string | null;
  skjermingshjemmel: string | null;
  skjerming_metadata: Generated<string[]>;
  skjerming_dokument: Generated<boolean>;
  skjerming_varighet: number | null;
  skjerming_opphoerer: string | null;
  tilgangsgruppe_id: string | null;
  skjermede_tittelord: Generated<number[]>;
  skjerming_arvet: Generated<boolean>;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  /** Secure zone (0007): files in the encrypted store; once true, never false. */
  personsensitiv: Generated<boolean>;
  /** 0071: the case worker published the full text in the public journal. */
  publiser_fulltekst: Generated<boolean>;
  /** 0077: the archive's reason for keeping the document without an archival-format variant. */
  arkivformat_unntak: string | null;
  /** 0080: disposal (krav 6.1): B bevares, K kasseres, G vurderes senere; hjemmel; years. */
  kassasjonsvedtak: string | null;
  kassasjonshjemmel: string | null;
  bevaringstid: number | null;
  /** 0080: a disposal date set by hand (krav 6.1.8). */
  kassasjonsdato: string | null;
  /** 0080: disposal carried out (utfoertKassasjon). */
  kassert_dato: Timestamp | null;
  kassert_av: string | null;
}

export interface FilTable {
  organisasjon_id: string;
  sjekksum: string;
  filstoerrelse: number;
  mime_type: string;
  format: string;
  lagret_dato: Generated<Date>;
  /** Set when a read found the stored bytes differ from the checksum (migration 0025). */
  skadet_dato: Date | null;
}

export interface DokumentobjektTable {
  id: Generated<string>;
  organisasjon_id: string;
  dokumentbeskrivelse_id: string;
  versjonsnummer: number;
  variantformat: string;
  format: string;
  format_detaljer: string | null;
  filnavn: string;
  mime_type: string;
  sjekksum: string;
  sjekksum_algoritme: Generated<string>;
  filstoerrelse: number;
  opprettet_dato: Generated<Date>;
  opprettet_av: string;
  /** Noark konvertering (0087): set on the archival variant a conversion produced. */
  konvertert_fra_format: ColumnType<string | null, string | null | undefined, never>;
  konverteringsverktoey: ColumnType<string | null, string | null | undefined, never>;
}

export interface FilTekstTable {
  organisasjon_id: string;
  sjekksum: string;
  tekst: string;
}

export interface RecordsTables {
  arkiv: ArkivTable;
  arkivdel: ArkivdelTable;
  klassifikasjonssystem: KlassifikasjonssystemTable;
  arkivdel_klassifikasjonssystem: ArkivdelKlassifikasjonssystemTable;
  klasse: KlasseTable;
  nummerserie: NummerserieTable;
  prosjekt: ProsjektTable;
  saksmappe: SaksmappeTable;
  saksmappe_sekundaerklasse: SaksmappeSekundaerklasseTable;
  part: PartTable;
  journalpost: JournalpostTable;
  korrespondansepart: KorrespondansepartTable;
  merknad: MerknadTable;
  kryssreferanse: KryssreferanseTable;
  presedens: PresedensTable;
  endringslogg: EndringsloggTable;
  dokumentbeskrivelse: DokumentbeskrivelseTable;
  fil: FilTable;
  dokumentobjekt: DokumentobjektTable;
  fil_tekst: FilTekstTable;
}
