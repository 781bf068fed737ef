import type { Rolle } from '../../shared/roles.js';

/** The demo installation: Solør dokumentsenter serving Våler, Åsnes and Grue. */
export const DEMO_DOKUMENTSENTER = 'Solør dokumentsenter';
export const DEMO_PASSWORD = 'demo';

export interface DemoUnit {
  kortnavn: string;
  navn: string;
  under?: string;
}

export interface DemoOrganisation {
  kortnavn: string;
  navn: string;
  organisasjonsnummer: string;
  units: DemoUnit[];
  /** One person per role, with the unit they work in. */
  people: { rolle: Rolle; navn: string; enhet: string }[];
}

const units = (school: string): DemoUnit[] => [
  { kortnavn: 'RÅD', navn: 'Kommunedirektøren' },
  { kortnavn: 'DOK', navn: 'Dokumentsenteret', under: 'RÅD' },
  { kortnavn: 'PER', navn: 'Personal og organisasjon', under: 'RÅD' },
  { kortnavn: 'OPP', navn: 'Oppvekst' },
  { kortnavn: 'SKO', navn: school, under: 'OPP' },
  { kortnavn: 'HO', navn: 'Helse og omsorg' },
  { kortnavn: 'TEK', navn: 'Teknisk drift og areal' },
  { kortnavn: 'BYGG', navn: 'Byggesak', under: 'TEK' },
  { kortnavn: 'POL', navn: 'Politisk sekretariat', under: 'RÅD' },
];

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  {
    kortnavn: 'valer',
    navn: 'Våler kommune',
    organisasjonsnummer: '964947260',
    units: units('Våler skole'),
    people: [
      { rolle: 'ARK', navn: 'Kari Nordby', enhet: 'DOK' },
      { rolle: 'LED', navn: 'Per Haugen', enhet: 'BYGG' },
      { rolle: 'SF', navn: 'Lise Berg', enhet: 'BYGG' },
      { rolle: 'SB', navn: 'Ola Sætre', enhet: 'BYGG' },
      { rolle: 'MS', navn: 'Anne Dahl', enhet: 'POL' },
      { rolle: 'SYS', navn: 'Tor Mikkelsen', enhet: 'RÅD' },
      { rolle: 'LES', navn: 'Eva Lund', enhet: 'RÅD' },
    ],
  },
  {
    kortnavn: 'asnes',
    navn: 'Åsnes kommune',
    organisasjonsnummer: '964948232',
    units: units('Flisa skole'),
    people: [
      { rolle: 'ARK', navn: 'Jens Aasen', enhet: 'DOK' },
      { rolle: 'LED', navn: 'Marit Flisen', enhet: 'OPP' },
      { rolle: 'SF', navn: 'Hans Kirkenær', enhet: 'OPP' },
      { rolle: 'SB', navn: 'Ingrid Brandval', enhet: 'SKO' },
      { rolle: 'MS', navn: 'Sigrid Arneberg', enhet: 'POL' },
      { rolle: 'SYS', navn: 'Nils Hof', enhet: 'RÅD' },
      { rolle: 'LES', navn: 'Berit Gjesåsen', enhet: 'RÅD' },
    ],
  },
  {
    kortnavn: 'grue',
    navn: 'Grue kommune',
    organisasjonsnummer: '964947171',
    units: units('Grue barneskole'),
    people: [
      { rolle: 'ARK', navn: 'Randi Kirkenær', enhet: 'DOK' },
      { rolle: 'LED', navn: 'Arne Svullrya', enhet: 'HO' },
      { rolle: 'SF', navn: 'Tone Namnå', enhet: 'HO' },
      { rolle: 'SB', navn: 'Knut Grinder', enhet: 'HO' },
      { rolle: 'MS', navn: 'Liv Rotberget', enhet: 'POL' },
      { rolle: 'SYS', navn: 'Geir Mo', enhet: 'RÅD' },
      { rolle: 'LES', navn: 'Hilde Vermundsjøen', enhet: 'RÅD' },
    ],
  },
];

/** User-name suffix per role: «asnes.arkivar», «grue.saksbehandler» … */
export const ROLE_USERNAME: Record<Rolle, string> = {
  ARK: 'arkivar',
  LED: 'leder',
  SF: 'stedfortreder',
  SB: 'saksbehandler',
  MS: 'motesekretar',
  SYS: 'systemansvarlig',
  LES: 'lesetilgang',
};

/** The document-centre archivist holds the archivist role in all three organisations. */
export const DEMO_CENTRE_ARCHIVIST = { brukernavn: 'dokumentsenter', navn: 'Solveig Solør', enhet: 'DOK' };
