import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../http/request-context.js';
import { provEkspederingIgjen } from './prov-ekspedering-igjen.js';

/** The case worker's hand on the external channels: a failed dispatch tried again. */
export async function kanalRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.post(
    '/journalposter/:id/ekspedering/prov-igjen',
    {
      schema: {
        tags: ['besvarelse og ekspedering'],
        summary: 'Prøv mislykket ekspedering igjen nå (e-post, SvarUt, utskrift), for mottakerne der den feilet',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ antall: z.int() }) },
      },
    },
    async (request) => provEkspederingIgjen(ctxOf(request), request.params.id),
  );
}
