import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { FLYTTYPER, HANDLINGER, MAKS_LEDD, UTFALL } from './domain/flyt.js';
import { DokumentflytBody, presentDokumentflyt } from './dokumentflyt-presenter.js';
import { getDokumentflyt } from './get-dokumentflyt.js';
import { sendPaaFlyt } from './send-paa-flyt.js';
import { svarPaaFlyt } from './svar-paa-flyt.js';

const tags = ['godkjenning'];
const params = z.object({ id: z.uuid() });
const merknad = z.string().max(4000).nullish();

/** Approval and review of a record: send, answer, and the trail (Noark 5 dokumentflyt). */
export async function dokumentflytRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/journalposter/:id/dokumentflyt',
    {
      schema: {
        tags,
        summary: 'Godkjenninger og gjennomganger av journalposten (dokumentflyt), nyeste først, og hva leseren kan svare nå',
        params,
        response: { 200: DokumentflytBody },
      },
    },
    async (request) => presentDokumentflyt(await getDokumentflyt(ctxOf(request), request.params.id)),
  );

  app.post(
    '/journalposter/:id/dokumentflyt',
    {
      schema: {
        tags,
        summary: '«Send til godkjenning» (til ledere) eller «Send til gjennomgang», til én eller flere i rekkefølge',
        params,
        body: z.strictObject({ flyttype: z.enum(FLYTTYPER), til: z.array(z.uuid()).min(1).max(MAKS_LEDD), merknad }),
        response: { 200: z.object({ flytId: z.uuid() }) },
      },
    },
    async (request) => sendPaaFlyt(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/journalposter/:id/dokumentflyt/svar',
    {
      schema: {
        tags,
        summary:
          'Den som har dokumentet nå svarer: godkjenn, returner (med kommentar), videresend til en annen leder (med kommentar) eller ferdig gjennomgått',
        params,
        body: z.strictObject({ handling: z.enum(HANDLINGER), merknad, til: z.uuid().nullish() }),
        response: { 200: z.object({ utfall: z.enum(UTFALL).nullable(), nesteId: z.uuid().nullable() }) },
      },
    },
    async (request) => svarPaaFlyt(ctxOf(request), request.params.id, request.body),
  );
}
