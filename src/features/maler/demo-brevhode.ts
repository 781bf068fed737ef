import type { BrevhodeInput } from './get-brevhode.js';

/** The demo municipalities' letterheads (invented addresses and numbers in their real towns). */
export const DEMO_BREVHODE: Readonly<Record<string, BrevhodeInput>> = {
  valer: {
    postadresse: 'Postboks 44',
    postnummer: '2436',
    poststed: 'Våler i Solør',
    telefon: '62 42 00 00',
    epost: 'postmottak@valer.kommune.no',
    nettside: 'valer.kommune.no',
  },
  asnes: {
    postadresse: 'Postboks 4',
    postnummer: '2271',
    poststed: 'Flisa',
    telefon: '62 95 50 00',
    epost: 'postmottak@asnes.kommune.no',
    nettside: 'asnes.kommune.no',
  },
  grue: {
    postadresse: 'Postboks 94',
    postnummer: '2261',
    poststed: 'Kirkenær',
    telefon: '62 94 00 00',
    epost: 'postmottak@grue.kommune.no',
    nettside: 'grue.kommune.no',
  },
};
