import { describe, expect, it } from 'vitest';
import { rankSuggestions, suggestionQuery } from './case-suggestions.js';

describe('case suggestions before a new case', () => {
  it('normalises what was typed and leaves out what is too short to search', () => {
    expect(
      suggestionQuery({ tittel: '  Byggesak   garasje ', partNavn: 'Ol', organisasjonsnummer: '964 947 260', gnrBnr: '12/34/0/0' }),
    ).toEqual({
      tittel: 'Byggesak garasje',
      organisasjonsnummer: '964947260',
      gnrBnr: '12/34',
    });
    expect(suggestionQuery({ foedselsnummer: '01019012057' })).toEqual({ foedselsnummer: '01019012057' });
  });

  it('refuses malformed numbers naming the field', () => {
    const fields = (input: Parameters<typeof suggestionQuery>[0]) => {
      try {
        suggestionQuery(input);
        return [];
      } catch (e) {
        return (e as { fields: { field: string }[] }).fields.map((f) => f.field);
      }
    };
    expect(fields({ organisasjonsnummer: '12345' })).toEqual(['organisasjonsnummer']);
    expect(fields({ foedselsnummer: '01019012058' })).toEqual(['foedselsnummer']);
    expect(fields({ gnrBnr: 'tolv' })).toEqual(['gnrBnr']);
  });

  it('ranks the same object over the same party over a similar title, and joins the reasons of one case', () => {
    const ranked = rankSuggestions(
      [
        { id: 'tittel', reason: 'tittel', likhet: 0.9 },
        { id: 'part', reason: 'part' },
        { id: 'begge', reason: 'tittel', likhet: 0.3 },
        { id: 'objekt', reason: 'objekt' },
        { id: 'begge', reason: 'part' },
      ],
      10,
    );
    expect(ranked.map((r) => r.id)).toEqual(['objekt', 'begge', 'part', 'tittel']);
    expect(ranked[1]).toEqual({ id: 'begge', grunner: ['part', 'tittel'], likhet: 0.3 });
  });

  it('keeps to the limit', () => {
    const hits = Array.from({ length: 20 }, (_, i) => ({ id: `c${i}`, reason: 'tittel' as const, likhet: i / 20 }));
    const ranked = rankSuggestions(hits, 5);
    expect(ranked.map((r) => r.id)).toEqual(['c19', 'c18', 'c17', 'c16', 'c15']);
  });
});
