import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { suggestCases } from './suggest-cases.js';

const CaseSuggestionBody = z.object({
  id: z.uuid(),
  saksnummer: z.string(),
  tittel: z.string(),
  saksstatus: z.string(),
  saksdato: z.string(),
  tilgangskode: z.string().nullable(),
  grunner: z.array(z.enum(['objekt', 'part', 'tittel'])),
  likhet: z.number(),
});

const text = z.string().max(500).optional();

/** Before a new case is made: the likely existing ones, and why. */
export async function caseSuggestionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/saksmapper/forslag',
    {
      schema: {
        tags: ['saksmappe'],
        summary: 'Finnes saken fra før? Saker med samme part, samme objekt (gnr/bnr, fødselsnummer) eller lignende tittel (høyst 10)',
        description:
          'Rangert: samme objekt foran samme part foran lignende tittel. Part og objekt finner bare saker leseren har full tilgang til; en tittel finner saken slik leseren ser den.',
        querystring: z.strictObject({ tittel: text, partNavn: text, organisasjonsnummer: text, foedselsnummer: text, gnrBnr: text }),
        response: { 200: z.object({ items: z.array(CaseSuggestionBody) }) },
      },
    },
    async (request) => ({ items: await suggestCases(ctxOf(request), request.query) }),
  );
}
