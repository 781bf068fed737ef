import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { decideSkjerming } from './decide-skjerming.js';
import { listMidlertidigSperret } from './list-midlertidig-sperret.js';

const tags = ['midlertidig sperret'];

const Item = z.object({
  id: z.uuid(),
  saksmappeId: z.uuid(),
  journalpostId: z.string(),
  journalposttype: z.string(),
  tittel: z.string(),
  offentligTittel: z.string().nullable(),
  journaldato: z.string(),
  sperretDato: z.string(),
  frist: z.string(),
  forfalt: z.boolean(),
  enhet: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
  saksbehandler: z.string().nullable(),
});

const Vedtak = z.discriminatedUnion('vedtak', [
  z.strictObject({
    vedtak: z.literal('skjerm'),
    // A final code of the organisation's active ones: the decision checks it (400 naming the field).
    tilgangskode: z.string().trim().min(1).max(10),
    skjermingshjemmel: z.string().trim().min(1).max(500),
  }),
  z.strictObject({ vedtak: z.literal('opphev') }),
]);

/** The XX basket: the leader's list of records blocked pending a decision, and the decision. */
export async function midlertidigSperretRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/midlertidig-sperret',
    {
      schema: {
        tags,
        summary:
          'Journalposter sperret med XX som venter på leders vurdering (frist 3 arbeidsdager); ?forfalt=true for arkivets oppfølging',
        querystring: z.strictObject({ forfalt: z.enum(['true', 'false']).optional(), ...pageQuery(100, 500) }),
        response: { 200: pageBody(Item) },
      },
    },
    async (request) => {
      const { forfalt, ...page } = request.query;
      return listMidlertidigSperret(ctxOf(request), { forfalt: forfalt === 'true' }, page);
    },
  );

  app.post(
    '/journalposter/:id/skjermingsvedtak',
    {
      schema: {
        tags,
        summary: 'Leders vedtak om en XX-sperret journalpost: skjerm med tilgangskode og hjemmel, eller opphev sperringen',
        params: z.object({ id: z.uuid() }),
        body: Vedtak,
        response: { 200: z.object({ id: z.uuid(), tilgangskode: z.string().nullable(), skjermingshjemmel: z.string().nullable() }) },
      },
    },
    async (request) => {
      const row = await decideSkjerming(ctxOf(request), request.params.id, request.body);
      return { id: row.id, tilgangskode: row.tilgangskode, skjermingshjemmel: row.skjermingshjemmel };
    },
  );
}
