import { describe, expect, it } from 'vitest';
import { suggestionQuery } from '../../web/src/features/cases/suggestion-query.js';

/* The queue's case finder asks for the same object, the same party and a similar title. */
describe('the reception case finder', () => {
  const asked = (search: string, party = '') => Object.fromEntries(new URLSearchParams(suggestionQuery(search, party) ?? ''));

  it('reads gnr/bnr, a fødselsnummer and an organisasjonsnummer as the object, other text as a title', () => {
    expect(asked('12 / 34')).toEqual({ gnrBnr: '12/34' });
    expect(asked('010190 12345')).toEqual({ foedselsnummer: '01019012345' });
    expect(asked('974 543 000')).toEqual({ organisasjonsnummer: '974543000' });
    expect(asked('Reguleringsplan Nordby')).toEqual({ tittel: 'Reguleringsplan Nordby' });
  });

  it('adds the sender as the party, and asks nothing for too little', () => {
    expect(asked('Byggesak', 'Kari Nordmann')).toEqual({ tittel: 'Byggesak', partNavn: 'Kari Nordmann' });
    expect(asked('', 'Kari Nordmann')).toEqual({ partNavn: 'Kari Nordmann' });
    expect(suggestionQuery('ab', 'xy')).toBeNull();
  });
});
