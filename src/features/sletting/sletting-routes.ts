import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { SLETTINGSTYPER } from './domain/sletting.js';
import { slettDokumentobjekt } from './slett-dokumentobjekt.js';

/** Deletion of inactive versions, public variants and production formats (krav 2.7.14–2.7.25): the archive's. */
export async function slettingRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stores = createDocumentStores(app.deps.config, app.log);

  app.post(
    '/dokumentobjekter/:id/sletting',
    {
      schema: {
        tags: ['dokumenter'],
        summary:
          'Slett en tidligere versjon (SV), en offentlig variant (SS) eller produksjonsformatet ved siden av arkivformatet (SP) av et arkivert dokument (arkivet)',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ slettingstype: z.enum(SLETTINGSTYPER) }),
        response: {
          200: z.object({
            dokumentbeskrivelseId: z.uuid(),
            slettingstype: z.enum(SLETTINGSTYPER),
            versjonsnummer: z.int(),
            variantformat: z.string().nullable(),
            slettetDato: z.date(),
            slettetAv: z.string(),
            dokumentobjekterSlettet: z.int(),
            filerSlettet: z.int(),
          }),
        },
      },
    },
    async (request) => slettDokumentobjekt(ctxOf(request), stores, request.params.id, request.body.slettingstype),
  );
}
