import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { ChangeLogPageBody, ChangeLogPageQuery, ChangeLogPaging, presentChangeLogPage } from './endringslogg-presenter.js';
import { listEndringslogg, listJournalpostEndringslogg, listSaksmappeEndringslogg } from './list-endringslogg.js';

const tags = ['endringslogg'];

const response = { 200: ChangeLogPageBody };

/** Reading the change log (Noark 5 endringslogg): per object, per case and per record, paged. */
export async function endringsloggRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const IdParams = z.object({ id: z.uuid() });

  app.get(
    '/endringslogg',
    {
      schema: {
        tags,
        summary: 'Endringslogg for ett objekt (side, perSide)',
        querystring: z.strictObject({ objektId: z.uuid(), ...ChangeLogPaging }),
        response,
      },
    },
    async (request) => {
      const { objektId, ...page } = request.query;
      return presentChangeLogPage(await listEndringslogg(ctxOf(request), objektId, page));
    },
  );

  app.get(
    '/saksmapper/:id/endringslogg',
    {
      schema: {
        tags,
        summary: 'Endringslogg for saken og dens parter (side, perSide)',
        params: IdParams,
        querystring: ChangeLogPageQuery,
        response,
      },
    },
    async (request) => presentChangeLogPage(await listSaksmappeEndringslogg(ctxOf(request), request.params.id, request.query)),
  );

  app.get(
    '/journalposter/:id/endringslogg',
    {
      schema: {
        tags,
        summary: 'Endringslogg for journalposten og dens korrespondanseparter (side, perSide)',
        params: IdParams,
        querystring: ChangeLogPageQuery,
        response,
      },
    },
    async (request) => presentChangeLogPage(await listJournalpostEndringslogg(ctxOf(request), request.params.id, request.query)),
  );
}
