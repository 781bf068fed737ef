import type { Prng } from './prng.js';

/* Norwegian names, places and firms for the demo archive (invented; any likeness is chance). */

const FORNAVN = [
  'Ole',
  'Kari',
  'Nils',
  'Ingrid',
  'Lars',
  'Marit',
  'Jon',
  'Anne',
  'Per',
  'Sigrid',
  'Knut',
  'Astrid',
  'Erik',
  'Hilde',
  'Thomas',
  'Silje',
  'Anders',
  'Ida',
  'Magnus',
  'Nora',
  'Jonas',
  'Emma',
  'Håkon',
  'Ragnhild',
  'Øystein',
  'Solveig',
  'Bjørn',
  'Tone',
  'Arne',
  'Liv',
  'Eirik',
  'Guro',
  'Sindre',
  'Mari',
  'Vegard',
  'Åse',
  'Trond',
  'Berit',
  'Kjell',
  'Hanne',
] as const;
const ETTERNAVN = [
  'Hansen',
  'Johansen',
  'Olsen',
  'Larsen',
  'Andersen',
  'Pedersen',
  'Nilsen',
  'Kristiansen',
  'Jensen',
  'Karlsen',
  'Haugen',
  'Bakken',
  'Moen',
  'Solberg',
  'Strand',
  'Dahl',
  'Lie',
  'Berg',
  'Holm',
  'Eriksen',
  'Brenden',
  'Nordli',
  'Skogli',
  'Rustad',
  'Flisen',
  'Aasen',
  'Vestli',
  'Mørk',
  'Sæther',
  'Grinder',
  'Kirkenær',
  'Bergersen',
  'Svullrya',
  'Engen',
] as const;
const STEDER = [
  'Braskereidfoss',
  'Kirkenær',
  'Flisa',
  'Svullrya',
  'Våler',
  'Namnå',
  'Grue Finnskog',
  'Arneberg',
  'Gjesåsen',
  'Risberget',
  'Austvatn',
  'Hof',
  'Åsnes Finnskog',
  'Vermundsjøen',
] as const;
const VEGER = [
  'Storvegen',
  'Skolevegen',
  'Kirkevegen',
  'Elvevegen',
  'Furulia',
  'Granstubben',
  'Solbakken',
  'Tallmovegen',
  'Myrvegen',
  'Bjørkelia',
  'Brugata',
  'Sagvegen',
] as const;
const FIRMA = [
  'Solør Bygg AS',
  'Glåmdal Rør AS',
  'Finnskogen Elektro AS',
  'Hedmark Arkitektkontor AS',
  'Odal Entreprenør AS',
  'Kongsvinger Regnskap AS',
  'Skog og Tre AS',
  'Flisa Transport AS',
  'Innlandet Eiendom AS',
  'Tømrer Nordli AS',
  'Vestli Maskin AS',
  'Grue Grus og Pukk AS',
] as const;
const LAG = [
  'Våler IF',
  'Flisa IL',
  'Grue Skytterlag',
  'Solør Husflidslag',
  'Finnskogen Historielag',
  'Kirkenær Musikkorps',
  'Åsnes Sanitetsforening',
  'Solør Motorklubb',
  'Namnå Vel',
  'Grue Pensjonistforening',
] as const;

export const person = (r: Prng) => `${r.pick(FORNAVN)} ${r.pick(ETTERNAVN)}`;
export const sted = (r: Prng) => r.pick(STEDER);
export const adresse = (r: Prng) => `${r.pick(VEGER)} ${r.int(1, 80)}`;
export const firma = (r: Prng) => r.pick(FIRMA);
export const lag = (r: Prng) => r.pick(LAG);
export const gnrbnr = (r: Prng) => `${r.int(1, 140)}/${r.int(1, 90)}`;

const FNR_WEIGHTS_1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const FNR_WEIGHTS_2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** A synthetic fødselsnummer (month + 80, as Skatteetaten's test numbers), with valid check digits. */
export function syntetiskFnr(r: Prng, fodtAar: number): string {
  for (;;) {
    const base = [r.int(1, 28), r.int(1, 12) + 80, fodtAar % 100].map((n) => String(n).padStart(2, '0')).join('');
    const digits = [...`${base}${String(r.int(0, 499)).padStart(3, '0')}`].map(Number);
    const check = (w: number[], d: number[]) => {
      const rest = w.reduce((s, x, i) => s + x * d[i]!, 0) % 11;
      return rest === 0 ? 0 : 11 - rest;
    };
    const k1 = check(FNR_WEIGHTS_1, digits);
    if (k1 === 10) continue;
    const k2 = check(FNR_WEIGHTS_2, [...digits, k1]);
    if (k2 === 10) continue;
    return `${digits.join('')}${k1}${k2}`;
  }
}
