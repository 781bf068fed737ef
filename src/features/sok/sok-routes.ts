import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { MAX_PAGE_SIZE, search } from './search.js';
import { SearchResultBody, SuggestedCaseBody } from './sok-presenter.js';
import { suggestExistingCases } from './suggest-existing-cases.js';

const tags = ['søk'];
const date = z.iso.date();

const SearchQuery = z.strictObject({
  q: z.string().max(500).optional(),
  enhetId: z.uuid().optional(),
  saksbehandlerId: z.uuid().optional(),
  saksansvarligId: z.uuid().optional().describe('Samme som saksbehandlerId'),
  status: z.string().max(2).optional(),
  type: z.enum(['saksmappe', 'journalpost']).optional(),
  journalposttype: z.enum(['I', 'U', 'N', 'X', 'S']).optional(),
  fra: date.optional(),
  til: date.optional(),
  klasse: z.string().max(100).optional(),
  side: z.coerce.number().int().min(1).default(1),
  perSide: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(20),
});

export async function sokRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/sok',
    { schema: { tags, summary: 'Fritekstsøk i saker og journalposter', querystring: SearchQuery, response: { 200: SearchResultBody } } },
    async (request) => {
      const { q, side, perSide, saksansvarligId, saksbehandlerId, ...filters } = request.query;
      const result = await search(ctxOf(request), {
        q,
        page: side,
        pageSize: perSide,
        filters: { ...filters, saksbehandlerId: saksbehandlerId ?? saksansvarligId },
      });
      return { items: result.items, total: result.total, flere: result.flere, side: result.page, perSide: result.pageSize };
    },
  );

  app.get(
    '/sok/lignende-saker',
    {
      schema: {
        tags,
        summary: 'Finnes saken fra før? Saker med lignende tittel',
        querystring: z.strictObject({ tittel: z.string().max(500) }),
        response: { 200: z.object({ items: z.array(SuggestedCaseBody) }) },
      },
    },
    async (request) => ({ items: await suggestExistingCases(ctxOf(request), request.query.tittel) }),
  );
}
