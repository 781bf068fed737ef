import { z } from 'zod';

/* Response shapes of the search API. Hits are already reader-specific (see search.ts), so they pass through as they are. */

const SnippetPart = z.object({ tekst: z.string(), treff: z.boolean() });

export const SearchHitBody = z.object({
  type: z.enum(['saksmappe', 'journalpost']),
  id: z.uuid(),
  saksmappeId: z.uuid(),
  nummer: z.string().describe('«2026/123» (sak) eller «2026/123-4» (journalpost)'),
  tittel: z.string(),
  status: z.string(),
  journalposttype: z.string().nullable(),
  tilgangskode: z.string().nullable(),
  dato: z.string(),
  rang: z.number(),
  utdrag: z.array(SnippetPart).nullable().describe('Tekstutdrag; deler med treff: true er treffene'),
});

export const SearchResultBody = z.object({
  items: z.array(SearchHitBody),
  total: z.int().describe('Antall treff, høyst 1000'),
  flere: z.boolean().describe('Flere enn 1000 treff: avgrens søket'),
  side: z.int(),
  perSide: z.int(),
});

export const SuggestedCaseBody = z.object({
  id: z.uuid(),
  saksnummer: z.string(),
  tittel: z.string(),
  saksstatus: z.string(),
  saksdato: z.string(),
  likhet: z.number(),
});
