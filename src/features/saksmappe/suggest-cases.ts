import type { Ctx } from '../../shared/context.js';
import { formatSaksnummer } from '../noark/domain/index.js';
import { sokRepository } from '../sok/sok-repository.js';
import { inTenantForSearch } from '../sok/search-index-queue.js';
import { caseSuggestionRepository } from './case-suggestion-repository.js';
import {
  isEmptyQuery,
  rankSuggestions,
  suggestionQuery,
  type SuggestionHit,
  type SuggestionInput,
  type SuggestionReason,
} from './domain/case-suggestions.js';

/** At most this many suggestions: a short list to choose from, not a search. */
export const MAX_SUGGESTIONS = 10;

export interface CaseSuggestion {
  id: string;
  saksnummer: string;
  /** As the reader sees it: the public title of a case the reader may not read in full. */
  tittel: string;
  saksstatus: string;
  saksdato: string;
  tilgangskode: string | null;
  /** Why it is suggested: the same object, the same party, a similar title. */
  grunner: SuggestionReason[];
  /** How alike the titles are (trigrams and shared words); 0 when not found by title. */
  likhet: number;
}

type Shown = Omit<CaseSuggestion, 'grunner' | 'likhet'>;

/**
 * Cases a new letter likely belongs to, before a new case is made (seed 001:
 * «Det skal alltid utføres et søk i forkant av opprettelse av ny sak»). A
 * title finds what the reader sees of a case; a party or an object only cases
 * the reader reads in full. Two statements, whatever is asked.
 */
export async function suggestCases(ctx: Ctx, input: SuggestionInput): Promise<CaseSuggestion[]> {
  const q = suggestionQuery(input);
  if (isEmptyQuery(q)) return [];
  const organisasjonId = ctx.role.organisasjonId;
  // The search index brought up to date first, so a case made a moment ago is suggested.
  return inTenantForSearch(ctx, async (tx, reader) => {
    const byTitle = q.tittel
      ? await sokRepository.suggestCases(tx, { organisasjonId, tittel: q.tittel, reader, limit: MAX_SUGGESTIONS })
      : [];
    const byWho = await caseSuggestionRepository.byPartyOrObject(tx, {
      organisasjonId,
      reader,
      partNavn: q.partNavn,
      identiteter: [q.organisasjonsnummer, q.foedselsnummer].filter((v): v is string => v !== undefined),
      objekter: [q.gnrBnr, q.foedselsnummer].filter((v): v is string => v !== undefined),
      limit: MAX_SUGGESTIONS * 2,
    });
    const shown = new Map<string, Shown>();
    const hits: SuggestionHit[] = [];
    for (const r of byWho) {
      const saksnummer = formatSaksnummer(r.saksaar, r.sakssekvensnummer);
      shown.set(r.id, {
        id: r.id,
        saksnummer,
        tittel: r.tittel,
        saksstatus: r.saksstatus,
        saksdato: r.saksdato,
        tilgangskode: r.tilgangskode,
      });
      hits.push({ id: r.id, reason: r.grunn });
    }
    for (const r of byTitle) {
      if (!shown.has(r.objekt_id)) {
        shown.set(r.objekt_id, {
          id: r.objekt_id,
          saksnummer: r.nummer,
          tittel: r.tittel,
          saksstatus: r.status,
          saksdato: r.dato,
          tilgangskode: r.tilgangskode,
        });
      }
      hits.push({ id: r.objekt_id, reason: 'tittel', likhet: Number(r.score) });
    }
    return rankSuggestions(hits, MAX_SUGGESTIONS).map((s) => ({ ...shown.get(s.id)!, grunner: s.grunner, likhet: s.likhet }));
  });
}
