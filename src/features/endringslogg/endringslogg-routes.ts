import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { ChangeLogBody, presentChangeLog } from './endringslogg-presenter.js';
import { listEndringslogg, listJournalpostEndringslogg, listSaksmappeEndringslogg } from './list-endringslogg.js';

const tags = ['endringslogg'];

const response = { 200: ChangeLogBody };
const present = presentChangeLog;

/** Reading the change log (Noark 5 endringslogg): per object, per case and per record. */
export async function endringsloggRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const IdParams = z.object({ id: z.uuid() });

  app.get(
    '/endringslogg',
    { schema: { tags, summary: 'Endringslogg for ett objekt', querystring: z.strictObject({ objektId: z.uuid() }), response } },
    async (request) => present(await listEndringslogg(ctxOf(request), request.query.objektId)),
  );

  app.get(
    '/saksmapper/:id/endringslogg',
    { schema: { tags, summary: 'Endringslogg for saken', params: IdParams, response } },
    async (request) => present(await listSaksmappeEndringslogg(ctxOf(request), request.params.id)),
  );

  app.get(
    '/journalposter/:id/endringslogg',
    { schema: { tags, summary: 'Endringslogg for journalposten', params: IdParams, response } },
    async (request) => present(await listJournalpostEndringslogg(ctxOf(request), request.params.id)),
  );
}
