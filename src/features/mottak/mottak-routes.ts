import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileSettings } from '../../files/file-settings.js';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { sendFile, wantsDownload } from '../dokumenter/send-file.js';
import { storeUpload } from '../dokumenter/upload.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { getMottak, openMottakFil, openOriginal } from './get-mottak.js';
import { listMottak, listVideresendt } from './list-mottak.js';
import { listMottakAlle } from './list-mottak-alle.js';
import { MottakBody, MottakSummaryBody, presentMottak, presentSummary, ReceivedBody } from './mottak-presenter.js';
import { mottakSettings } from './mottak-settings.js';
import { binaryFile, multipartForm } from './multipart-form.js';
import { readAll, readUploads } from './read-uploads.js';
import { receiveApi } from './receive-api.js';
import { receiveEmlUploads } from './receive-eml-uploads.js';
import { removeUnreferenced, type Received } from './receive-mottak.js';
import { receiveScans, storeScan } from './receive-scans.js';

const tags = ['postmottak'];
const Id = z.object({ id: z.uuid() });
const View = z.enum(['aapne', 'ny', 'uleselig', 'behandlet']).default('aapne');
const MAX_FILES = 50;

/** The reception queue (issue 13): intake by scan, e-mail and API; the archive's queue; the files. */
export async function mottakRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const { maxUploadBytes } = fileSettings(app.deps.config);
  const { maxVedleggBytes } = mottakSettings();
  const store = createDocumentStores(app.deps.config, app.log).plain;
  await app.register(multipart, { limits: { fileSize: maxUploadBytes + 1, files: MAX_FILES + 1 } });

  const answer = (reply: FastifyReply, received: Received[]) =>
    reply.code(received.some((r) => !r.duplikat) ? 201 : 200).send({
      items: received.map((r) => ({ duplikat: r.duplikat, mottak: presentSummary({ ...r.mottak, antall_filer: r.antallFiler }) })),
    });

  app.get(
    '/mottak',
    {
      schema: {
        tags,
        summary: 'Postmottaket i den aktive organisasjonen (arkivet): åpne (nye og uleselige) eldst først, eller behandlede nyest først',
        querystring: z.strictObject({ visning: View, ...pageQuery(50, 200) }),
        response: { 200: pageBody(MottakSummaryBody) },
      },
    },
    async (request) => {
      const { visning, ...page } = request.query;
      const { rows, ...info } = await listMottak(ctxOf(request), visning, page);
      return { items: rows.map(presentSummary), ...info };
    },
  );

  app.get(
    '/mottak/alle-organisasjoner',
    {
      schema: {
        tags,
        summary: 'Postmottakene i alle organisasjoner der brukeren er arkivar (dokumentsenter), samlet etter mottakstid',
        querystring: z.strictObject({ visning: View, ...pageQuery(50, 200) }),
        response: {
          200: pageBody(MottakSummaryBody).extend({
            organisasjoner: z.array(
              z.object({ id: z.uuid(), kortnavn: z.string(), navn: z.string(), rolletildelingId: z.uuid(), antall: z.int() }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { visning, ...page } = request.query;
      const { rows, ...rest } = await listMottakAlle(ctxOf(request), visning, page);
      return { items: rows.map(presentSummary), ...rest };
    },
  );

  app.get(
    '/mottak/videresendt',
    {
      schema: {
        tags,
        summary: 'Post videresendt til meg som ikke arkivverdig (arkivbegrensning), nyest først',
        querystring: z.strictObject(pageQuery(50, 200)),
        response: { 200: pageBody(MottakSummaryBody) },
      },
    },
    async (request) => {
      const { rows, ...info } = await listVideresendt(ctxOf(request), request.query);
      return { items: rows.map(presentSummary), ...info };
    },
  );

  app.get(
    '/mottak/:id',
    { schema: { tags, summary: 'Én post i postmottaket med filer og hendelser', params: Id, response: { 200: MottakBody } } },
    async (request) => presentMottak(await getMottak(ctxOf(request), request.params.id)),
  );

  app.get(
    '/mottak/:id/original',
    { schema: { tags, summary: 'Originalen slik posten kom (e-posten som .eml, hele skanningen)', params: Id } },
    async (request, reply) => sendFile(reply, await openOriginal(ctxOf(request), store, request.params.id), true),
  );

  app.get(
    '/mottak-filer/:id/fil',
    {
      schema: {
        tags,
        summary: 'En fil i posten (PDF og bilder vises inline; ?download=1 laster ned)',
        params: Id,
        querystring: z.object({ download: z.enum(['0', '1', 'true', 'false']).optional() }),
      },
    },
    async (request, reply) => {
      return sendFile(reply, await openMottakFil(ctxOf(request), store, request.params.id), wantsDownload(request.query.download));
    },
  );

  app.post(
    '/mottak/skanning',
    multipartForm(
      {
        modus: z
          .enum(['hver', 'samlet'])
          .optional()
          .describe('hver: ett brev per fil (standard); samlet: første fil er brevet, resten vedlegg'),
        sider: z.string().optional().describe('Del én skannet PDF med flere brev etter sider, f.eks. «1-2; 3; 4-7»'),
        filer: z.array(binaryFile('Skannet PDF eller bilde')).describe(`Én eller flere filer (høyst ${MAX_FILES}), etter feltene`),
      },
      { tags, summary: 'Skannet papirpost inn i postmottaket (arkivet)', response: { 200: ReceivedBody, 201: ReceivedBody } },
    ),
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { fields, taken } = await readUploads(
        request,
        { maxBytes: maxUploadBytes, maxFiles: MAX_FILES },
        (upload) => storeScan(ctx, store, upload),
        (done) => removeUnreferenced(ctx, store, done),
      );
      const modus = fields.modus === 'samlet' ? 'samlet' : 'hver';
      return answer(reply, await receiveScans(ctx, store, { modus, sider: fields.sider, files: taken }));
    },
  );

  app.post(
    '/mottak/epost',
    multipartForm(
      { filer: z.array(binaryFile('E-post lagret som .eml (MIME)')).describe('Én eller flere e-poster') },
      { tags, summary: 'E-post (.eml) inn i postmottaket (arkivet)', response: { 200: ReceivedBody, 201: ReceivedBody } },
    ),
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { taken } = await readUploads(
        request,
        { maxBytes: maxUploadBytes, maxFiles: MAX_FILES },
        async (upload) => ({ raw: await readAll(upload, maxUploadBytes), filnavn: upload.filnavn }),
        async () => undefined,
      );
      return answer(reply, await receiveEmlUploads(ctx, store, taken, { maxVedleggBytes }));
    },
  );

  app.post(
    '/mottak/api',
    multipartForm(
      {
        tittel: z.string().describe('Hva posten gjelder'),
        avsenderNavn: z.string().optional(),
        avsenderEpost: z.string().optional(),
        eksternId: z.string().optional().describe('Avsendersystemets id for innsendingen: samme id igjen gir ingen ny post'),
        filer: z.array(binaryFile('Brevet (første fil) og vedleggene')).describe('Etter feltene'),
      },
      { tags, summary: 'Post fra skjema og andre systemer inn i postmottaket', response: { 200: ReceivedBody, 201: ReceivedBody } },
    ),
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { fields, taken } = await readUploads(
        request,
        { maxBytes: maxUploadBytes, maxFiles: MAX_FILES },
        (upload) => storeUpload(store, ctx.role.organisasjonId, upload),
        (done) => removeUnreferenced(ctx, store, done),
      );
      const received = await receiveApi(ctx, store, {
        tittel: fields.tittel ?? '',
        avsenderNavn: fields.avsenderNavn,
        avsenderEpost: fields.avsenderEpost,
        eksternId: fields.eksternId,
        files: taken,
      });
      return answer(reply, [received]);
    },
  );
}
