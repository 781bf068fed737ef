import type { Prng } from './prng.js';
import { letter, rec, type CasePlan } from './case-plan.js';
import { person, syntetiskFnr } from './vocabulary.js';

/* Case kinds about a person, screened: personnel files, pupil files, home care. */

const STILLINGER = ['sykepleier', 'lærer', 'assistent i barnehage', 'helsefagarbeider', 'ingeniør byggesak', 'renholder', 'konsulent'];

export function personal(r: Prng, aar: number): CasePlan {
  const navn = person(r);
  const stilling = r.pick(STILLINGER);
  const leder = person(r);
  return {
    kind: 'personal',
    enhet: 'PER',
    arkivdel: 'PERS',
    tittel: `Personalmappe – ${navn}`,
    offentligTittel: 'Personalmappe – *****',
    klasse: { verdi: syntetiskFnr(r, aar - r.int(22, 60)) },
    part: navn,
    records: [
      rec(
        'I',
        `Søknad på stilling som ${stilling}`,
        'SO',
        navn,
        letter(navn, `Jeg søker herved stillingen som ${stilling}. Jeg har relevant utdanning og flere års erfaring.`),
        true,
      ),
      rec(
        'U',
        `Tilbud om stilling som ${stilling}`,
        'B',
        navn,
        letter(leder, `Vi har gleden av å tilby deg fast stilling som ${stilling} med tiltredelse etter avtale.`),
        true,
      ),
      rec(
        'U',
        `Arbeidsavtale – ${stilling}`,
        'AV',
        navn,
        letter(leder, `Arbeidsavtale for stilling som ${stilling}. Lønn etter hovedtariffavtalen. Prøvetid seks måneder.`),
        true,
      ),
      ...(r.chance(0.4)
        ? [
            rec(
              'N',
              'Taushetserklæring',
              'N',
              leder,
              'Taushetserklæring undertegnet ved tiltredelse. Opplysninger om personlige forhold skal ikke gis videre.',
              true,
            ),
          ]
        : []),
    ].map((x) => ({ ...x, offentligTittel: x.tittel })),
  };
}

export function elev(r: Prng, aar: number): CasePlan {
  const navn = person(r);
  const forelder = `${r.pick(['Anne', 'Per', 'Hilde', 'Trond', 'Silje', 'Erik'])} ${navn.split(' ')[1]}`;
  return {
    kind: 'elev',
    enhet: 'SKO',
    arkivdel: 'ELEV',
    tittel: `Elevmappe – ${navn}`,
    offentligTittel: 'Elevmappe – *****',
    klasse: { verdi: syntetiskFnr(r, aar - r.int(6, 15)) },
    part: navn,
    records: [
      rec(
        'I',
        'Søknad om skoleskyss',
        'SO',
        forelder,
        letter(forelder, `Vi søker om skoleskyss for ${navn} på grunn av trafikkfarlig skoleveg langs fylkesvegen.`),
        true,
      ),
      rec(
        'U',
        'Vedtak om skoleskyss',
        'V',
        forelder,
        letter('Rektor', 'Søknaden om skoleskyss er innvilget for inneværende skoleår etter opplæringslova § 7-1.'),
        true,
      ),
      ...(r.chance(0.5)
        ? [
            rec(
              'X',
              'Referat fra utviklingssamtale',
              'N',
              forelder,
              `Utviklingssamtale med ${navn} og foresatte. Eleven trives og har god progresjon i lesing.`,
              true,
            ),
          ]
        : []),
    ],
  };
}

export function hjemmetjeneste(r: Prng): CasePlan {
  const navn = person(r);
  return {
    kind: 'helse',
    enhet: 'HO',
    arkivdel: 'SAK',
    tittel: `Søknad om hjemmetjenester – ${navn}`,
    offentligTittel: 'Søknad om hjemmetjenester – *****',
    klasse: { verdi: '220' },
    part: navn,
    records: [
      rec(
        'I',
        'Søknad om praktisk bistand i hjemmet',
        'SO',
        navn,
        letter(navn, 'Jeg søker om hjemmehjelp og trygghetsalarm etter et fall i vinter.'),
        true,
      ),
      rec('N', 'Kartlegging av bistandsbehov', 'N', person(r), 'Kartleggingsbesøk gjennomført. Behov for bistand to ganger i uken.', true),
      rec(
        'U',
        'Vedtak om praktisk bistand',
        'V',
        navn,
        letter('Helse og omsorg', 'Du innvilges praktisk bistand to timer per uke etter helse- og omsorgstjenesteloven.'),
        true,
      ),
    ].map((x) => ({ ...x, offentligTittel: x.tittel })),
  };
}
