import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageQuery, PageInfoBody } from '../../shared/paging.js';
import { contentDisposition } from '../dokumenter/content-disposition.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { RAPPORTER } from './backlog.js';
import { exportRapport } from './export-rapport.js';
import { getMaanedsoversikt } from './get-maanedsoversikt.js';
import { kjorKvartalsrestanse } from './kjor-kvartalsrestanse.js';
import { listRapport } from './list-rapport.js';

const tags = ['rapporter'];
const isoDate = z.iso.date();
const Ref = z.object({ id: z.uuid(), navn: z.string() });

const Filter = {
  enhetId: z.uuid().optional(),
  saksbehandlerId: z.uuid().optional(),
};
/** Seed 001: the quarterly list leaves out the last 3 weeks; on screen the default is none. */
const utelatUker = z.coerce.number().int().min(0).max(52).default(0);
const RestanseQuery = z.strictObject({ ...Filter, utelatUker, ...pageQuery(100, 500) });
const ForfallQuery = z.strictObject({ ...Filter, forfallTil: isoDate.optional(), ...pageQuery(100, 500) });
const FilQuery = z.strictObject({ ...Filter, utelatUker, forfallTil: isoDate.optional(), format: z.enum(['csv', 'pdf']) });

const Row = z.object({
  id: z.uuid(),
  saksmappeId: z.uuid(),
  journalpostId: z.string(),
  journalposttype: z.string(),
  journalstatus: z.string(),
  journaldato: z.string(),
  forfallsdato: z.string().nullable(),
  dagerOverFrist: z.int(),
  tittel: z.string(),
  fullTilgang: z.boolean(),
  enhet: Ref.nullable(),
  saksbehandler: Ref.nullable(),
});
const ReportBody = z.object({
  items: z.array(Row),
  ...PageInfoBody.shape,
  dato: z.string(),
  journaldatoTil: z.string().nullable(),
  forfallTil: z.string().nullable(),
  oppsummering: z.array(z.object({ enhet: Ref.nullable(), saksbehandler: Ref.nullable(), antall: z.int(), overFrist: z.int() })),
});

/** The backlog and due reports (issue 14 item 9): on screen, as files, the leader's month and the archive's quarterly run. */
export async function rapportRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stores = createDocumentStores(app.deps.config, app.log);

  app.get(
    '/rapporter/restanseliste',
    {
      schema: {
        tags,
        summary: 'Restanseliste: inngående dokumenter og N-notater som ikke er avskrevet, per enhet og saksbehandler',
        querystring: RestanseQuery,
        response: { 200: ReportBody },
      },
    },
    async (request) => {
      const { side, perSide, ...input } = request.query;
      return listRapport(ctxOf(request), 'restanseliste', input, { side, perSide });
    },
  );

  app.get(
    '/rapporter/forfallsliste',
    {
      schema: {
        tags,
        summary: 'Forfallsliste: ikke avskrevne journalposter med forfall til og med en dato (standard: passert eller under 5 dager)',
        querystring: ForfallQuery,
        response: { 200: ReportBody },
      },
    },
    async (request) => {
      const { side, perSide, ...input } = request.query;
      return listRapport(ctxOf(request), 'forfallsliste', input, { side, perSide });
    },
  );

  app.get(
    '/rapporter/:rapport/fil',
    {
      schema: {
        tags,
        summary: 'Rapporten som CSV eller PDF (høyst 5000 rader)',
        params: z.object({ rapport: z.enum(RAPPORTER) }),
        querystring: FilQuery,
      },
    },
    async (request, reply) => {
      const { format, ...input } = request.query;
      const file = await exportRapport(ctxOf(request), request.params.rapport, input, format);
      return reply
        .header('content-type', file.mimeType)
        .header('content-disposition', contentDisposition('attachment', file.filnavn))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', 'private, no-cache')
        .send(file.body);
    },
  );

  app.get(
    '/rapporter/maanedsoversikt',
    {
      schema: {
        tags,
        summary: 'Leders månedsoversikt: mottatt, avskrevet, restanser og over frist per saksbehandler',
        querystring: z.strictObject({
          ...Filter,
          maaned: z
            .string()
            .regex(/^\d{4}-(0[1-9]|1[0-2])$/)
            .optional(),
        }),
        response: {
          200: z.object({
            maaned: z.string(),
            items: z.array(
              z.object({ saksbehandler: Ref.nullable(), mottatt: z.int(), avskrevet: z.int(), restanser: z.int(), overFrist: z.int() }),
            ),
          }),
        },
      },
    },
    async (request) => getMaanedsoversikt(ctxOf(request), request.query),
  );

  app.post(
    '/rapporter/restanseliste/kvartal',
    {
      schema: {
        tags,
        summary: 'Arkivets kvartalsvise restanseliste: arkiveres per enhet og sendes til enhetsleder med frist',
        body: z.strictObject({ utelatUker: z.int().min(0).max(52).optional(), saksmappeId: z.uuid().optional() }),
        response: {
          201: z.object({
            saksmappeId: z.uuid(),
            kvartal: z.string(),
            frist: z.string(),
            journaldatoTil: z.string().nullable(),
            enheter: z.array(z.object({ enhet: Ref, journalpostId: z.uuid(), antall: z.int() })),
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await kjorKvartalsrestanse(ctxOf(request), stores, request.body)),
  );
}
