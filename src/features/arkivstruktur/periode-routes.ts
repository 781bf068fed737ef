import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { ArkivdelBody, presentArkivdel } from './arkivstruktur-presenter.js';
import { closeArkivdel } from './close-arkivdel.js';
import { closeArkivperiode } from './close-arkivperiode.js';
import { transferOpenCases } from './transfer-open-cases.js';

const tags = ['arkivstruktur'];
const Params = z.object({ id: z.uuid() });

/** An arkivdel's periods (krav 6.2): ending one, carrying open cases over, closing the overlap. The archive's (ARK). */
export async function periodeRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/arkivdeler/:id/periodeslutt',
    {
      schema: {
        tags,
        summary: 'Avslutt arkivperioden: ny arkivdel (arvtaker) tar over; åpne saker blir i overlapping eller overføres (arkivet)',
        params: Params,
        body: z.strictObject({
          sluttDato: z.iso.date(),
          kortnavn: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9-]{1,20}$/),
          tittel: z.string().trim().min(1).max(500),
          beskrivelse: z.string().trim().max(4000).nullish(),
          overfoerAapneMapper: z.boolean().optional(),
        }),
        response: { 201: z.object({ arkivdel: ArkivdelBody, arvtaker: ArkivdelBody, overfoert: z.int() }) },
      },
    },
    async (request, reply) => {
      const r = await closeArkivperiode(ctxOf(request), request.params.id, request.body);
      return reply.code(201).send({ arkivdel: presentArkivdel(r.arkivdel), arvtaker: presentArkivdel(r.arvtaker), overfoert: r.overfoert });
    },
  );

  app.post(
    '/arkivdeler/:id/overfoering',
    {
      schema: {
        tags,
        summary: 'Overfør alle åpne saker i overlappingsperioden til arvtakeren (arkivet)',
        params: Params,
        response: { 200: z.object({ overfoert: z.int() }) },
      },
    },
    async (request) => transferOpenCases(ctxOf(request), request.params.id),
  );

  app.post(
    '/arkivdeler/:id/avslutning',
    {
      schema: {
        tags,
        summary: 'Avslutt arkivdelen i overlappingsperiode (ingen åpne saker igjen) (arkivet)',
        params: Params,
        response: { 200: ArkivdelBody },
      },
    },
    async (request) => presentArkivdel(await closeArkivdel(ctxOf(request), request.params.id)),
  );
}
