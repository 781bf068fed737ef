import type { Prng } from './prng.js';
import { letter, rec, type CasePlan } from './case-plan.js';
import { adresse, firma, gnrbnr, lag, person, sted } from './vocabulary.js';

/* Case kinds of the case archive (SAK): building, agreements, politics, complaints, licences, grants. */

const TILTAK = [
  'nytt bolighus',
  'garasje',
  'tilbygg',
  'fritidsbolig',
  'bruksendring til boenhet',
  'riving av uthus',
  'terrasse og levegg',
  'landbruksbygg',
];

export function byggesak(r: Prng): CasePlan {
  const tiltak = r.pick(TILTAK);
  const gb = gnrbnr(r);
  const soker = person(r);
  const ansvarlig = firma(r);
  const adr = `${adresse(r)}, ${sted(r)}`;
  const records = [
    rec(
      'I',
      `Søknad om tillatelse til tiltak – ${tiltak} – gnr ${gb}`,
      'SO',
      ansvarlig,
      letter(
        ansvarlig,
        `Vi søker på vegne av tiltakshaver ${soker} om tillatelse til ${tiltak} på eiendommen gnr ${gb}, ${adr}.`,
        'Situasjonsplan, fasadetegninger og nabovarsel følger vedlagt. Tiltaket er i tråd med gjeldende reguleringsplan.',
      ),
    ),
    rec(
      'U',
      `Foreløpig svar – mottatt byggesøknad gnr ${gb}`,
      'B',
      ansvarlig,
      letter('Byggesak', `Vi bekrefter at søknaden om ${tiltak} er mottatt og vil bli behandlet innen tolv uker.`),
    ),
  ];
  if (r.chance(0.35)) {
    const nabo = person(r);
    records.push(
      rec(
        'I',
        `Nabomerknad til byggesøknad gnr ${gb}`,
        'B',
        nabo,
        letter(nabo, `Som nabo har jeg merknader til plasseringen av ${tiltak}. Bygget vil ta utsikt og sol fra vår hage.`),
      ),
    );
  }
  records.push(
    rec(
      'U',
      `Vedtak – tillatelse til tiltak – ${tiltak} – gnr ${gb}`,
      'V',
      soker,
      letter(
        'Byggesak',
        `Søknaden om ${tiltak} på gnr ${gb} er godkjent etter plan- og bygningsloven § 20-1.`,
        'Vedtaket kan påklages innen tre uker.',
      ),
    ),
  );
  if (r.chance(0.5))
    records.push(
      rec(
        'I',
        `Søknad om ferdigattest – gnr ${gb}`,
        'SO',
        ansvarlig,
        letter(ansvarlig, `Tiltaket ${tiltak} er fullført, og vi søker om ferdigattest.`),
      ),
    );
  return {
    kind: 'bygg',
    enhet: 'BYGG',
    arkivdel: 'SAK',
    tittel: `Byggesøknad – gnr ${gb} – ${tiltak}`,
    klasse: { verdi: 'L42' },
    gnrbnr: gb,
    part: soker,
    records,
  };
}

export function avtale(r: Prng): CasePlan {
  const f = firma(r);
  const tjeneste = r.pick([
    'brøyting av kommunale veger',
    'renhold av rådhuset',
    'levering av kontorrekvisita',
    'drift av IKT-systemer',
    'vedlikehold av heiser',
    'snekkertjenester',
  ]);
  return {
    kind: 'avtale',
    enhet: 'TEK',
    arkivdel: 'SAK',
    tittel: `Rammeavtale – ${tjeneste} – ${f}`,
    klasse: { verdi: '075' },
    records: [
      rec(
        'I',
        `Tilbud – ${tjeneste}`,
        'B',
        f,
        letter(
          f,
          `Vi viser til konkurransen om ${tjeneste} og leverer med dette vårt tilbud.`,
          'Prisene gjelder i avtaleperioden med årlig indeksregulering.',
        ),
      ),
      rec(
        'N',
        `Innstilling – valg av leverandør for ${tjeneste}`,
        'N',
        person(r),
        `Evaluering av tilbud. ${f} har det økonomisk mest fordelaktige tilbudet.`,
      ),
      rec(
        'U',
        `Tildeling av kontrakt – ${tjeneste}`,
        'B',
        f,
        letter('Innkjøp', `Vi har besluttet å tildele kontrakten om ${tjeneste} til ${f}. Karenstiden er ti dager.`),
      ),
      rec('I', `Signert rammeavtale – ${tjeneste}`, 'AV', f, letter(f, 'Vedlagt følger signert rammeavtale for fire år.')),
    ],
  };
}

const POLITISK = [
  'Budsjett og økonomiplan',
  'Kommuneplanens arealdel',
  'Ny barnehagestruktur',
  'Trafikksikkerhetsplan',
  'Eierskapsmelding',
  'Plan for beredskap',
  'Boligsosial handlingsplan',
  'Kulturplan',
];

export function politisk(r: Prng, aar: number): CasePlan {
  const tema = `${r.pick(POLITISK)} ${aar}–${aar + 3}`;
  const leder = person(r);
  return {
    kind: 'politisk',
    enhet: 'POL',
    arkivdel: 'SAK',
    tittel: `${tema} – politisk behandling`,
    klasse: { verdi: '120' },
    records: [
      rec(
        'S',
        `Saksframlegg – ${tema}`,
        'SF',
        'Kommunestyret',
        `Kommunedirektørens forslag til vedtak: Kommunestyret vedtar ${tema.toLowerCase()} slik den foreligger.`,
      ),
      rec(
        'X',
        `Særutskrift – ${tema} – formannskapet`,
        'PR',
        'Formannskapet',
        `Formannskapet innstiller enstemmig til kommunestyret å vedta ${tema.toLowerCase()}.`,
      ),
      rec(
        'U',
        `Melding om vedtak – ${tema}`,
        'B',
        leder,
        letter('Politisk sekretariat', `Kommunestyret vedtok ${tema.toLowerCase()} i sitt møte.`),
      ),
    ],
  };
}

export function klage(r: Prng): CasePlan {
  const navn = person(r);
  const hva = r.pick([
    'vedtak om kommunale avgifter',
    'avslag på dispensasjon',
    'vedtak om eiendomsskatt',
    'avslag på parkeringstillatelse',
    'vedtak om feiing',
  ]);
  return {
    kind: 'klage',
    enhet: 'TEK',
    arkivdel: 'SAK',
    tittel: `Klage på ${hva} – ${navn}`,
    offentligTittel: `Klage på ${hva}`,
    klasse: { verdi: '073' },
    part: navn,
    records: [
      rec('I', `Klage på ${hva}`, 'B', navn, letter(navn, `Jeg klager på ${hva} fordi jeg mener vedtaket bygger på feil faktum.`)),
      rec(
        'N',
        'Vurdering av klagen',
        'N',
        person(r),
        `Administrasjonen har vurdert klagen på ${hva} og finner ikke grunn til å endre vedtaket.`,
      ),
      rec(
        'U',
        'Oversendelse av klage til Statsforvalteren',
        'B',
        'Statsforvalteren i Innlandet',
        letter('Teknisk drift', `Klagen fra ${navn} oversendes for endelig behandling.`),
      ),
    ],
  };
}

export function bevilling(r: Prng): CasePlan {
  const f = r.pick(['Kafé Solør', 'Flisa Hotell AS', 'Grue Pub', 'Vålerstua', 'Finnskogen Turistsenter', 'Pizzeria Kirkenær']);
  return {
    kind: 'bevilling',
    enhet: 'RÅD',
    arkivdel: 'SAK',
    tittel: `Søknad om skjenkebevilling – ${f}`,
    klasse: { verdi: '820' },
    records: [
      rec(
        'I',
        `Søknad om skjenkebevilling – ${f}`,
        'SO',
        f,
        letter(f, 'Vi søker om alminnelig skjenkebevilling for øl, vin og brennevin.'),
      ),
      rec(
        'U',
        'Høring – skjenkebevilling',
        'B',
        'Politiet i Innlandet',
        letter('Servicetorget', `Vi ber om uttalelse til søknaden om skjenkebevilling for ${f}.`),
      ),
      rec(
        'I',
        'Uttalelse fra politiet – skjenkebevilling',
        'B',
        'Politiet i Innlandet',
        letter('Politiet', 'Politiet har ingen merknader til søknaden.'),
      ),
      rec('U', `Vedtak om skjenkebevilling – ${f}`, 'V', f, letter('Servicetorget', `${f} gis skjenkebevilling etter alkoholloven § 1-7.`)),
    ],
  };
}

export function tilskudd(r: Prng): CasePlan {
  const l = lag(r);
  const formaal = r.pick(['nytt klubbhus', 'sommerleir for barn', 'utstyr', 'jubileumsarrangement', 'vedlikehold av lysløype']);
  return {
    kind: 'tilskudd',
    enhet: 'OPP',
    arkivdel: 'SAK',
    tittel: `Tilskudd til ${formaal} – ${l}`,
    klasse: { verdi: '510' },
    records: [
      rec(
        'I',
        `Søknad om tilskudd – ${formaal}`,
        'SO',
        l,
        letter(l, `${l} søker om kulturmidler til ${formaal}. Budsjett og årsmelding følger vedlagt.`),
      ),
      rec(
        'U',
        `Tilsagn om tilskudd – ${formaal}`,
        'V',
        l,
        letter('Oppvekst og kultur', `${l} tildeles kr ${r.int(5, 60)} 000 til ${formaal}.`),
      ),
    ],
  };
}
