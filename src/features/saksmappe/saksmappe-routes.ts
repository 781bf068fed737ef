import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { codesOf, SAKSSTATUS } from '../noark/domain/index.js';
import { code, CodeBody } from '../journalpost/journalpost-presenter.js';
import { changeSaksstatus } from './change-saksstatus.js';
import { createSaksmappe } from './create-saksmappe.js';
import { casePaging } from './case-pages.js';
import { getAvslutning } from './get-avslutning.js';
import { getSaksmappe } from './get-saksmappe.js';
import { listSaksmapper } from './list-saksmapper.js';
import { nextSaksstatuser } from './next-saksstatuser.js';
import { presentSaksmappe, presentSaksmappeListItem, SaksmappeBody, SaksmappeListItemBody } from './saksmappe-presenter.js';
import { CreateSaksmappeSchema, IdParams, ListSaksmapperQuery, SaksstatusSchema, UpdateSaksmappeSchema } from './saksmappe-schemas.js';
import { updateSaksmappe } from './update-saksmappe.js';

const tags = ['saksmappe'];

const AvslutningBody = z.object({
  saksstatus: z.string(),
  ikkeAvskrevet: z.object({
    items: z.array(
      z.object({
        id: z.uuid(),
        journalpostId: z.string(),
        journalposttype: z.string(),
        journalstatus: z.string(),
        journaldato: z.string(),
        forfallsdato: z.string().nullable(),
        tittel: z.string(),
        saksbehandler: z.string().nullable(),
      }),
    ),
    total: z.int(),
  }),
  ikkeFerdige: z.int(),
  /** The routine's closing activities open to the reader (group `avslutning`), in its words; run by `POST …/status`. */
  steg: z.array(
    z.object({
      aktivitet: z.string(),
      navn: z.object({ nb: z.string(), en: z.string() }),
      saksstatus: z.enum(codesOf(SAKSSTATUS)),
      mulig: z.boolean(),
    }),
  ),
});

/** Cases: list, create, read, edit, change status. Parts, remarks and references are in saksmappe-relation-routes. */
export async function saksmappeRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/saksmapper',
    {
      schema: {
        tags,
        summary: 'Saksmapper, nyeste først, med filtre og sideinndeling',
        querystring: ListSaksmapperQuery,
        response: { 200: z.object({ items: z.array(SaksmappeListItemBody), total: z.int(), limit: z.int(), offset: z.int() }) },
      },
    },
    async (request) => {
      const limit = request.query.limit ?? 50;
      const offset = request.query.offset ?? 0;
      const page = await listSaksmapper(ctxOf(request), { ...request.query, aapne: request.query.aapne === 'true', limit, offset });
      return { items: page.items.map(presentSaksmappeListItem), total: page.total, limit, offset };
    },
  );

  app.post(
    '/saksmapper',
    { schema: { tags, summary: 'Opprett saksmappe (neste saksnummer)', body: CreateSaksmappeSchema, response: { 201: SaksmappeBody } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const created = await createSaksmappe(ctx, request.body);
      return reply.code(201).send(presentSaksmappe(await getSaksmappe(ctx, created.id)));
    },
  );

  app.get(
    '/saksmapper/:id',
    {
      schema: {
        tags,
        summary: 'Saksmappe med én side av journalposter, parter, merknader, kryssreferanser og presedenser (sider: totalt antall)',
        params: IdParams,
        querystring: casePaging.Query,
        response: { 200: SaksmappeBody },
      },
    },
    async (request) => presentSaksmappe(await getSaksmappe(ctxOf(request), request.params.id, casePaging.fromQuery(request.query))),
  );

  app.patch(
    '/saksmapper/:id',
    {
      schema: {
        tags,
        summary: 'Endre saksmappe (logges)',
        params: IdParams,
        body: UpdateSaksmappeSchema,
        response: { 200: SaksmappeBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await updateSaksmappe(ctx, request.params.id, request.body);
      return presentSaksmappe(await getSaksmappe(ctx, request.params.id));
    },
  );

  app.post(
    '/saksmapper/:id/status',
    { schema: { tags, summary: 'Endre saksstatus', params: IdParams, body: SaksstatusSchema, response: { 200: SaksmappeBody } } },
    async (request) => {
      const ctx = ctxOf(request);
      await changeSaksstatus(ctx, request.params.id, request.body);
      return presentSaksmappe(await getSaksmappe(ctx, request.params.id));
    },
  );

  app.get(
    '/saksmapper/:id/avslutning',
    {
      schema: {
        tags,
        summary: 'Avslutning av saken: journalposter som ikke er avskrevet, journalposter som ikke er ferdige, og stegene leseren kan ta',
        params: IdParams,
        response: { 200: AvslutningBody },
      },
    },
    async (request) => getAvslutning(ctxOf(request), request.params.id),
  );

  app.get(
    '/saksmapper/:id/neste-statuser',
    {
      schema: {
        tags,
        summary: 'Saksstatuser aktiv rolle kan sette',
        params: IdParams,
        response: { 200: z.object({ items: z.array(CodeBody) }) },
      },
    },
    async (request) => ({ items: (await nextSaksstatuser(ctxOf(request), request.params.id)).map((s) => code(SAKSSTATUS, s)) }),
  );
}
