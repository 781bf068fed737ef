/*
 * Which metadata changes go into the change log (endringslogg), per object.
 * Rows with `vedlegg3` are the minimum Noark 5 vedlegg 3 («Logg over
 * endringer») requires, with its M-number and logging moment as written
 * there. Rows without it are ours: product §1 says every change is logged, and
 * these are the fields users and archivists ask about. We log every change
 * from creation on, even where vedlegg 3 asks only "etter status Avsluttet";
 * the extraction can filter by the recorded moment.
 * Field names are the camelCase Noark names we use in code (ø → oe, as the XSD
 * writes skjermingOpphoererDato and moetedato).
 */

export type LoggedFieldKind = 'text' | 'date' | 'dateTime';

export interface LoggedField {
  readonly felt: string;
  readonly kind: LoggedFieldKind;
  readonly vedlegg3?: { readonly mNr: string; readonly loggingstidspunkt: string };
}

const v3 = (felt: string, mNr: string, loggingstidspunkt = 'Ved endring', kind: LoggedFieldKind = 'text'): LoggedField => ({
  felt,
  kind,
  vedlegg3: { mNr, loggingstidspunkt },
});
const ours = (felt: string, kind: LoggedFieldKind = 'text'): LoggedField => ({ felt, kind });

const EKSPEDERT_AVSLUTTET = 'Ved endring etter status Ekspedert/Avsluttet';

export const CHANGE_LOG_FIELDS = {
  arkiv: [v3('tittel', 'M020'), v3('arkivstatus', 'M050'), v3('arkivskaperNavn', 'M023')],
  arkivdel: [
    v3('tittel', 'M020'),
    v3('arkivdelstatus', 'M051'),
    v3('referanseKlassifikasjonssystem', 'M204'),
    // Closing a period (krav 6.2): where it ends and which part carries on.
    ours('arkivperiodeSluttDato', 'date'),
    ours('referanseForloeper'),
    ours('referanseArvtaker'),
  ],
  klassifikasjonssystem: [v3('klassifikasjonstype', 'M086'), v3('tittel', 'M020')],
  klasse: [v3('tittel', 'M020')],
  saksmappe: [
    v3('tittel', 'M020', 'Ved endring etter status Avsluttet'), // from mappe
    v3('referanseArkivdel', 'M208'), // from mappe: moving the case to another arkivdel
    v3('saksdato', 'M100', 'Ved endring', 'date'),
    v3('administrativEnhet', 'M305'),
    v3('saksansvarlig', 'M306'),
    v3('journalenhet', 'M308'),
    v3('saksstatus', 'M052'),
    ours('offentligTittel'), // what the public journal shows
    ours('klassifikasjon'), // the primary class (ordningsverdi); moving it moves the case in the file plan
    ours('internKontakt'), // an internal contact reads the case even when screened (seed 001); logged by the application
    ours('rettsligHold'), // a legal hold: nothing of the case is disposed of while it holds (krav 6.1; 0080)
  ],
  journalpost: [
    v3('referanseArkivdel', 'M208'), // from registrering
    v3('tittel', 'M020', EKSPEDERT_AVSLUTTET), // from registrering
    v3('forfatter', 'M024'), // from registrering
    v3('journalstatus', 'M053', EKSPEDERT_AVSLUTTET),
    v3('journaldato', 'M101', 'Ved endring', 'date'),
    v3('dokumentetsDato', 'M103', EKSPEDERT_AVSLUTTET, 'date'),
    v3('mottattDato', 'M104', 'Ved mottak', 'dateTime'),
    v3('sendtDato', 'M105', 'Ved forsendelse', 'dateTime'),
    v3('offentlighetsvurdertDato', 'M110', 'Ved off.vurdering', 'date'),
    // Vedlegg 3's «saksansvar» rows: the record's own responsibility fields.
    v3('administrativEnhet', 'M305'),
    v3('saksbehandler', 'M307'),
    v3('journalenhet', 'M308'),
    ours('offentligTittel'),
    ours('journalposttype'),
    ours('forfallsdato', 'date'), // the backlog list and deadlines depend on it
    ours('registreringsID'), // changes when the archive moves the record to another case
    ours('dokumentmedium'), // M300; «F» is the archive's confirmation of a paper-only letter (journalført without a scan)
    ours('haster'), // an urgent letter: short due date, red flag (seed 001 fase 1)
    ours('dokument'), // a document added or given a new version: «Dokument 2, versjon 1»; logged by the application
    ours('fordeling'), // distributed to a unit or case worker, redistributed (with the reason); logged by the application
    ours('kopimottaker'), // «kopi til»: a copy recipient reads the record (seed 002, 10.7)
    ours('tilbakemelding'), // the case worker's message to the archive on receipt (seed 002, 10.1)
    ours('dokumentflyt'), // sent for approval or review, approved, returned, forwarded (Noark dokumentflyt); logged by the application
  ],
  part: [v3('partNavn', 'M302')],
  korrespondansepart: [v3('korrespondansepartNavn', 'M400'), ours('korrespondanseparttype')],
  avskrivning: [v3('referanseAvskrivesAvJournalpost', 'M215'), ours('avskrivningsmaate')],
  dokumentbeskrivelse: [
    v3('dokumentstatus', 'M054'),
    v3('tittel', 'M020', 'Ved endring etter status E'),
    ours('dokumenttype'),
    ours('tilknyttetRegistreringSom'), // a main document turned attachment changes what is dispatched
    ours('personsensitiv'), // moved into the secure zone (one way)
    ours('publiserFulltekst'), // the full text published in the public journal (0071)
    ours('arkivformatUnntak'), // the archive's reason for keeping it without an archival variant (0077)
  ],
  // Vedlegg 3 names nothing on dokumentobjekt. A new version is a new object;
  // these catch a file being swapped under an existing one.
  dokumentobjekt: [ours('variantformat'), ours('format'), ours('referanseDokumentfil'), ours('sjekksum')],
  moetemappe: [v3('moetenummer', 'M008'), v3('utvalg', 'M370'), v3('moetedato', 'M102', 'Ved endring', 'date'), v3('moetested', 'M371')],
  moetedeltaker: [v3('moetedeltakerNavn', 'M372')],
  moeteregistrering: [v3('moeteregistreringsstatus', 'M055'), v3('saksbehandler', 'M307')],
  presedens: [v3('tittel', 'M020')],
  kassasjon: [
    v3('kassasjonshjemmel', 'M453'),
    v3('bevaringstid', 'M451'),
    v3('kassasjonsdato', 'M452', 'Ved endring', 'date'),
    ours('kassasjonsvedtak'), // keep or dispose: the decision itself
    ours('kassasjonArv'), // how far a part's or class's decision is inherited (krav 6.1.9, 6.1.10)
  ],
  // Disposal carried out (M630, M631): on the document whose files were removed and on its case (0080).
  utfoertKassasjon: [ours('kassertDato', 'dateTime'), ours('kassertAv')],
  skjerming: [
    v3('skjermingshjemmel', 'M501'),
    v3('skjermingMetadata', 'M502'),
    v3('skjermingDokument', 'M503'),
    v3('skjermingsvarighet', 'M504'),
    v3('skjermingOpphoererDato', 'M505', 'Ved endring', 'date'),
    ours('tilgangsrestriksjon'), // the access code (U, P, XX …) decides who reads; vedlegg 3 omits it
  ],
  // Access administration (Noark krav 4.5.29: which rights a user had, and when).
  // Logged in the organisation where the change applies, with the real actor.
  rolletildeling: [ours('bruker'), ours('rolle'), ours('administrativEnhet'), ours('fraDato', 'date'), ours('tilDato', 'date')],
  bruker: [ours('brukerstatus'), ours('oidcIdentitet')],
  apiToken: [ours('navn'), ours('rolletildeling'), ours('utloperDato', 'dateTime'), ours('tilbakekaltDato', 'dateTime')],
  // The system owner's access codes and access groups: who reads screened objects follows from them.
  tilgangskode: [ours('kode'), ours('navn'), ours('skjermingshjemmel'), ours('aktiv')],
  tilgangsgruppe: [ours('navn'), ours('beskrivelse'), ours('aktiv'), ours('medlem')],
  // The organisation's default and urgent due dates for incoming post (issue 13; seed 001 fase 1).
  organisasjon: [ours('svarfristDager'), ours('hasterSvarfristDager'), ours('arkivformater')], // approved archival formats (krav 2.7.9)
  // An answer's link to what it answers, and how (issue 14 item 1; Noark krav 3.4.3, 3.4.4).
  besvarelse: [ours('referanseBesvartJournalpost'), ours('svarmaate')],
  // Each recipient's dispatch: its channel, and waiting → sent or failed (issue 14 item 6).
  ekspedering: [ours('kanal'), ours('ekspederingsstatus')],
  // The decision on one record of an access request: full, partial or refused, on which legal basis,
  // «meroffentlighet» considered (issue 15 item 3; migration 0076). In the requested record's log.
  innsynskravDel: [ours('avgjoerelse'), ours('hjemmel'), ours('meroffentlighetVurdert')],
} as const satisfies Record<string, readonly LoggedField[]>;

export type ChangeLogObjectType = keyof typeof CHANGE_LOG_FIELDS;

export function loggedFields(objectType: ChangeLogObjectType): readonly LoggedField[] {
  return CHANGE_LOG_FIELDS[objectType];
}

/**
 * The objects whose logged fields live in columns: the database writes their
 * log rows itself, in the statement that changes them (migration 0009, ADR
 * 0003), whichever path wrote. Use cases log only the other objects, and only
 * fields without a column (a record's referanseArkivdel is its case's).
 */
export const DATABASE_LOGGED = [
  'saksmappe',
  'journalpost',
  'part',
  'korrespondansepart',
  'dokumentbeskrivelse',
  'dokumentobjekt',
  'kassasjon',
  'utfoertKassasjon',
  'skjerming',
  'avskrivning',
  'besvarelse',
  'ekspedering',
  'innsynskravDel',
] as const;
