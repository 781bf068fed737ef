/**
 * The Noark 5 test points the self-check runs, numbered as Arkivverket's
 * Arkade 5 numbers them (../shared/ecosystem/arkade-tests.md), with the test
 * type Arkade gives each. SG.01 (journal numbers without gaps) and SG.02 (the
 * journals' order and period) are our own.
 */
export type TestType = 'StructureAnalysis' | 'StructureControl' | 'ContentAnalysis' | 'ContentControl';

export interface TestPoint {
  id: string;
  type: TestType;
  name: string;
  description: string;
}

const point = (id: string, type: TestType, name: string, description: string): TestPoint => ({ id, type, name, description });

export const TEST_POINTS = [
  point('N5.01', 'StructureControl', 'Kontroll av eksistens for XML-filene', 'Filene som arkivuttrekk.xml lister, finnes i pakken'),
  point('N5.02', 'StructureControl', 'Validering av sjekksummer', 'Sjekksummene i arkivuttrekk.xml stemmer med filene'),
  point('N5.03', 'StructureControl', 'Validering av XML i henhold til skjema', 'Hver XML-fil er gyldig etter skjemaet i pakken'),
  point('N5.04', 'ContentAnalysis', 'Antall arkiv', 'Antall arkiv i arkivstrukturen'),
  point('N5.05', 'ContentAnalysis', 'Antall arkivdeler', 'Antall arkivdeler i arkivstrukturen'),
  point('N5.06', 'ContentAnalysis', 'Status på arkivdeler', 'Arkivdelenes status'),
  point('N5.07', 'ContentAnalysis', 'Antall klassifikasjonssystem', 'Antall klassifikasjonssystemer'),
  point('N5.08', 'ContentAnalysis', 'Antall klasser', 'Antall klasser per klassifikasjonssystem'),
  point(
    'N5.09',
    'ContentAnalysis',
    'Antall klasser i det primære klassifikasjonssystemet uten underklasser, mapper eller registreringer',
    'Tomme klasser i hver arkivdels første klassifikasjonssystem',
  ),
  point('N5.10', 'ContentAnalysis', 'Antall mapper', 'Antall mapper per type, sammenholdt med arkivuttrekk.xml'),
  point('N5.11', 'ContentAnalysis', 'Antall mapper for hvert år', 'Mapper per år (opprettetDato)'),
  point('N5.12', 'ContentAnalysis', 'Klasser med både underklasse(r) og mappe(r)', 'Mapper er bare knyttet til klasser uten underklasser'),
  point('N5.13', 'ContentAnalysis', 'Antall mapper for hver klasse', 'Mapper klassifisert med hver klasse'),
  point('N5.14', 'ContentAnalysis', 'Antall mapper uten registreringer eller undermapper', 'Tomme mapper'),
  point('N5.15', 'ContentAnalysis', 'Antall av ulike saksmappestatuser', 'Saksmappenes status'),
  point('N5.16', 'ContentAnalysis', 'Antall registreringer', 'Antall registreringer per type, sammenholdt med arkivuttrekk.xml'),
  point('N5.17', 'ContentAnalysis', 'Antall av ulike journalposttyper', 'Journalpostenes type'),
  point('N5.18', 'ContentAnalysis', 'Antall registreringer for hvert år', 'Registreringer per år (opprettetDato)'),
  point(
    'N5.19',
    'ContentAnalysis',
    'Klasser med både underklasse(r) og registrering(er)',
    'Registreringer er bare knyttet til klasser uten underklasser',
  ),
  point('N5.20', 'ContentAnalysis', 'Antall registreringer for hver klasse', 'Registreringer rett under hver klasse (ikke under mappe)'),
  point('N5.21', 'ContentAnalysis', 'Antall registreringer uten dokumentbeskrivelse', 'Registreringer uten dokumentbeskrivelse'),
  point('N5.22', 'ContentAnalysis', 'Antall av ulike journalstatuser', 'Journalpostenes status'),
  point('N5.23', 'ContentAnalysis', 'Antall dokumentbeskrivelser', 'Antall dokumentbeskrivelser'),
  point('N5.24', 'ContentAnalysis', 'Antall dokumentbeskrivelser uten dokumentobjekt', 'Dokumentbeskrivelser uten dokumentobjekt'),
  point('N5.25', 'ContentAnalysis', 'Antall av ulike dokumentstatuser', 'Dokumentbeskrivelsenes status'),
  point('N5.26', 'ContentAnalysis', 'Antall dokumentobjekter', 'Antall dokumentobjekter'),
  point(
    'N5.27',
    'ContentAnalysis',
    'Opprettelsesdatoer for første og siste registrering',
    'Første og siste opprettetDato blant registreringene',
  ),
  point(
    'N5.28',
    'StructureAnalysis',
    'Validering av antall dokumentfiler',
    'Dokumentfilene i pakken, sammenholdt med antallDokumentfiler i arkivuttrekk.xml',
  ),
  point('N5.29', 'ContentAnalysis', 'Antall av ulike dokumentformater', 'Dokumentfiler per filendelse'),
  point('N5.30', 'ContentControl', 'Dokumentfilers sjekksummer', 'Sjekksum og størrelse for hver dokumentfil stemmer med dokumentobjektet'),
  point('N5.32', 'ContentControl', 'Refererte dokumenters eksistens', 'Dokumentobjektene viser til filer som finnes i pakken'),
  point(
    'N5.33',
    'ContentAnalysis',
    'Dokumentfiler som mangler referanse',
    'Dokumentfiler som ingen dokumentobjekt viser til (feil etter krav 6.4.40)',
  ),
  point(
    'N5.34',
    'ContentAnalysis',
    'Dokumentfiler med referanse fra mer enn ett dokumentobjekt',
    'Dokumentfiler som flere dokumentobjekter viser til',
  ),
  point('N5.35', 'ContentAnalysis', 'Antall parter', 'Antall parter'),
  point('N5.36', 'ContentAnalysis', 'Antall merknader', 'Antall merknader'),
  point('N5.37', 'ContentAnalysis', 'Antall kryssreferanser', 'Antall kryssreferanser'),
  point('N5.38', 'ContentAnalysis', 'Antall presedenser', 'Antall presedenser'),
  point('N5.39', 'ContentAnalysis', 'Antall korrespondanseparter', 'Antall korrespondanseparter'),
  point('N5.40', 'ContentAnalysis', 'Antall avskrivninger', 'Antall avskrivninger'),
  point('N5.41', 'ContentAnalysis', 'Antall dokumentflyter', 'Antall dokumentflyter'),
  point('N5.42', 'ContentAnalysis', 'Antall skjerminger', 'Antall skjerminger'),
  point('N5.43', 'ContentAnalysis', 'Antall graderinger', 'Antall graderinger'),
  point('N5.44', 'ContentAnalysis', 'Antall kassasjonsvedtak', 'Antall kassasjonsvedtak'),
  point('N5.45', 'ContentAnalysis', 'Antall utførte kassasjoner', 'Antall utførte kassasjoner'),
  point('N5.46', 'ContentAnalysis', 'Antall konverterte dokumenter', 'Antall konverteringer'),
  point('N5.47', 'ContentControl', 'Systemidentifikasjoner', 'Hver arkivenhet har en systemID, og ingen systemID brukes to ganger'),
  point('N5.48', 'ContentControl', 'Arkivdelreferanser', 'referanseArkivdel viser til en arkivdel i uttrekket'),
  point('N5.51', 'ContentControl', 'Klassereferanser', 'referanseSekundaerKlassifikasjon viser til en klasse i uttrekket'),
  point(
    'N5.59',
    'ContentControl',
    'Antall journalposter',
    'Journalpostene i arkivstrukturen, løpende og offentlig journal stemmer overens',
  ),
  point('SG.01', 'ContentControl', 'Journalnumre uten hull', 'Journalsekvensnumrene er fortløpende og unike innenfor hvert journalår'),
  point(
    'SG.02',
    'ContentControl',
    'Journalrapportenes rekkefølge og periode',
    'Journalene er sortert etter journalår og sekvensnummer og dekker arkivperioden (krav 6.4.29, 6.4.30)',
  ),
  point('N5.60', 'ContentAnalysis', 'Start- og sluttdatoer', 'Arkivperioden og journalenes start- og sluttdato'),
  point('N5.61', 'ContentAnalysis', 'Antall loggførte endringer', 'Endringer i endringsloggen, sammenholdt med arkivuttrekk.xml'),
  point(
    'N5.62',
    'ContentControl',
    'Endringslogg-referanser til arkivstrukturen',
    'referanseArkivenhet viser til en arkivenhet i arkivstrukturen',
  ),
  point('N5.63', 'ContentControl', 'Elementer som mangler innhold', 'Ingen XML-elementer uten verdi'),
  point('N5.64', 'ContentAnalysis', 'Antall tomme dokumentfiler', 'Dokumentfiler på null byte'),
] as const;

export type TestId = (typeof TEST_POINTS)[number]['id'];
