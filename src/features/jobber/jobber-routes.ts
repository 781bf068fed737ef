import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { listJobber } from './list-jobber.js';
import { retryJobb } from './retry-jobb.js';

const tags = ['jobber'];
const STATUSES = ['venter', 'kjorer', 'ferdig', 'feilet'] as const;

const JobbBody = z.object({
  id: z.int(),
  type: z.string(),
  status: z.enum(STATUSES),
  forsok: z.int(),
  maksForsok: z.int(),
  opprettetDato: z.date(),
  kjorEtter: z.date(),
  startetDato: z.date().nullable(),
  ferdigDato: z.date().nullable(),
  feilmelding: z.string().nullable(),
});

/** The system owner's view of the organisation's background jobs. */
export async function jobberRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/jobber',
    {
      schema: {
        tags,
        summary: 'Bakgrunnsjobber i aktiv organisasjon: framdrift og feil (systemansvarlig)',
        querystring: z.strictObject({
          status: z.enum(STATUSES).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.object({ items: z.array(JobbBody), total: z.int(), feilet: z.int() }) },
      },
    },
    async (request) => {
      const page = await listJobber(ctxOf(request), request.query);
      return {
        ...page,
        items: page.items.map((j) => ({
          id: j.id,
          type: j.type,
          status: j.status,
          forsok: j.forsok,
          maksForsok: j.maks_forsok,
          opprettetDato: j.opprettet_dato,
          kjorEtter: j.kjor_etter,
          startetDato: j.startet_dato,
          ferdigDato: j.ferdig_dato,
          feilmelding: j.feilmelding,
        })),
      };
    },
  );

  app.post(
    '/jobber/:id/prov-igjen',
    {
      schema: {
        tags,
        summary: 'Prøv en feilet jobb igjen (systemansvarlig)',
        params: z.object({ id: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      await retryJobb(ctxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
