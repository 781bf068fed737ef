/**
 * A municipal subject key (arkivnøkkel) in the manner of KS's K-koder: three
 * characters, the first digit the main function, L-codes for planning and
 * building law. Our own list, written for the demo and for new installations;
 * an organisation adds or closes classes as data. `under` names the parent's
 * ordningsverdi.
 */
export interface StandardKlasse {
  klasseId: string;
  tittel: string;
  under?: string;
}

export const STANDARD_ARKIVNOEKKEL: readonly StandardKlasse[] = [
  { klasseId: '000', tittel: 'Kommunens organisering og administrasjon' },
  { klasseId: '002', tittel: 'Organisasjonsplan og reglementer', under: '000' },
  { klasseId: '004', tittel: 'Delegering av myndighet', under: '000' },
  { klasseId: '010', tittel: 'Informasjon og publikumsservice', under: '000' },
  { klasseId: '020', tittel: 'Arkiv og dokumentforvaltning', under: '000' },
  { klasseId: '030', tittel: 'Personalforvaltning', under: '000' },
  { klasseId: '031', tittel: 'Tilsetting og rekruttering', under: '030' },
  { klasseId: '032', tittel: 'Lønn og arbeidsvilkår', under: '030' },
  { klasseId: '033', tittel: 'Møter, drøftinger og samarbeidsutvalg', under: '030' },
  { klasseId: '040', tittel: 'IKT og digitalisering', under: '000' },
  { klasseId: '070', tittel: 'Økonomi', under: '000' },
  { klasseId: '071', tittel: 'Budsjett og økonomiplan', under: '070' },
  { klasseId: '072', tittel: 'Regnskap og revisjon', under: '070' },
  { klasseId: '073', tittel: 'Skatt, avgifter og kommunale gebyrer', under: '070' },
  { klasseId: '075', tittel: 'Innkjøp og avtaler', under: '070' },
  { klasseId: '100', tittel: 'Politisk styring' },
  { klasseId: '110', tittel: 'Valg', under: '100' },
  { klasseId: '120', tittel: 'Kommunestyret', under: '100' },
  { klasseId: '130', tittel: 'Formannskap og hovedutvalg', under: '100' },
  { klasseId: '140', tittel: 'Kontrollutvalg', under: '100' },
  { klasseId: '200', tittel: 'Helse og omsorg' },
  { klasseId: '210', tittel: 'Helsetjenester og legetjeneste', under: '200' },
  { klasseId: '220', tittel: 'Pleie og omsorg, hjemmetjenester og sykehjem', under: '200' },
  { klasseId: '230', tittel: 'Psykisk helse og rus', under: '200' },
  { klasseId: '240', tittel: 'Sosiale tjenester', under: '200' },
  { klasseId: '250', tittel: 'Barnevern', under: '200' },
  { klasseId: '400', tittel: 'Undervisning og oppvekst' },
  { klasseId: '410', tittel: 'Barnehager', under: '400' },
  { klasseId: '420', tittel: 'Grunnskole', under: '400' },
  { klasseId: '430', tittel: 'Voksenopplæring', under: '400' },
  { klasseId: '440', tittel: 'Kulturskole', under: '400' },
  { klasseId: '500', tittel: 'Kultur, idrett og frivillighet' },
  { klasseId: '510', tittel: 'Tilskudd til lag og foreninger', under: '500' },
  { klasseId: '600', tittel: 'Plan, bygg og eiendom' },
  { klasseId: '610', tittel: 'Plan og bygg', under: '600' },
  { klasseId: 'L12', tittel: 'Reguleringsplaner', under: '610' },
  { klasseId: 'L42', tittel: 'Byggesaker', under: '610' },
  { klasseId: '620', tittel: 'Oppmåling og matrikkel', under: '600' },
  { klasseId: '630', tittel: 'Kommunale eiendommer', under: '600' },
  { klasseId: '700', tittel: 'Teknisk drift' },
  { klasseId: '710', tittel: 'Vann og avløp', under: '700' },
  { klasseId: '720', tittel: 'Kommunale veger og trafikksikkerhet', under: '700' },
  { klasseId: '730', tittel: 'Renovasjon', under: '700' },
  { klasseId: '800', tittel: 'Næring, landbruk og miljø' },
  { klasseId: '810', tittel: 'Landbruk og skogbruk', under: '800' },
  { klasseId: '820', tittel: 'Næringsutvikling', under: '800' },
  { klasseId: '830', tittel: 'Miljøvern, vilt og fiske', under: '800' },
  { klasseId: '900', tittel: 'Samfunnssikkerhet og beredskap' },
];
