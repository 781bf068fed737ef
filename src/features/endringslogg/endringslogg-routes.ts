import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { listEndringslogg, listJournalpostEndringslogg, listSaksmappeEndringslogg } from './list-endringslogg.js';

const tags = ['endringslogg'];

const EntryBody = z.object({
  id: z.int(),
  objektType: z.string(),
  objektId: z.uuid(),
  felt: z.string(),
  tidligereVerdi: z.string().nullable(),
  nyVerdi: z.string().nullable(),
  endretDato: z.date(),
  endretAv: z.object({ id: z.uuid(), navn: z.string() }),
});
const response = { 200: z.object({ items: z.array(EntryBody) }) };

type Row = Awaited<ReturnType<typeof listEndringslogg>>[number];
const present = (rows: Row[]) => ({
  items: rows.map((r) => ({
    id: r.id,
    objektType: r.objekt_type,
    objektId: r.objekt_id,
    felt: r.felt,
    tidligereVerdi: r.tidligere_verdi,
    nyVerdi: r.ny_verdi,
    endretDato: r.endret_dato,
    endretAv: { id: r.endret_av, navn: r.endret_av_navn },
  })),
});

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
