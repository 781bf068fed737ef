import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { listSaksforlop } from './list-saksforlop.js';
import { presentSaksforlop, SaksforlopBody, SaksforlopQuery } from './saksforlop-presenter.js';

/** A case's timeline (saksforløp): what happened in it, oldest first, a page at a time. */
export async function saksforlopRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/saksmapper/:id/forlop',
    {
      schema: {
        tags: ['saksmappe'],
        summary: 'Saksforløpet: hva som har skjedd i saken, eldst først (side, perSide)',
        description:
          'Saken opprettet, journalposter registrert, ferdigstilt, ekspedert (kanal per mottaker), journalført, avskrevet (kode, av hvilket svar), dokumenter ferdigstilt, godkjenning (sendt, godkjent, returnert, videresendt), saksstatus (ønskes avsluttet, avsluttet, gjenåpnet) og journalposter flyttet hit. En journalpost leseren ikke har tilgang til, vises med offentlig tittel.',
        params: z.object({ id: z.uuid() }),
        querystring: SaksforlopQuery,
        response: { 200: SaksforlopBody },
      },
    },
    async (request) => presentSaksforlop(await listSaksforlop(ctxOf(request), request.params.id, request.query)),
  );
}
