import fs from 'node:fs';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { tarFolder } from '../../files/tar-stream.js';
import { contentDisposition } from '../dokumenter/content-disposition.js';
import { ArkivuttrekkBody, presentArkivuttrekk } from './arkivuttrekk-presenter.js';
import { getArkivuttrekk } from './get-arkivuttrekk.js';
import { getUttrekkFiler } from './get-uttrekk-filer.js';
import { listArkivuttrekk } from './list-arkivuttrekk.js';
import { startArkivuttrekk } from './start-arkivuttrekk.js';
import { uttrekkDir } from './uttrekk-dir.js';

const tags = ['arkivuttrekk'];

/** A file sent as a download, never sniffed or cached by the browser. */
const download = (reply: FastifyReply, type: string, filnavn: string) =>
  reply
    .header('content-type', type)
    .header('content-disposition', contentDisposition('attachment', filnavn))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-cache');
const Params = z.object({ id: z.uuid() });

/**
 * Extractions from the web client (issue 17 item 4): the archive starts one
 * of a closed arkivdel as a background job, follows its progress, and
 * downloads the package (tar) and the deposit report when it is done.
 */
export async function uttrekkRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const root = () => uttrekkDir(app.deps.config);

  app.post(
    '/arkivdeler/:id/arkivuttrekk',
    {
      schema: {
        tags,
        summary: 'Start et arkivuttrekk av en avsluttet arkivdel som bakgrunnsjobb (arkivet)',
        params: Params,
        response: { 202: ArkivuttrekkBody },
      },
    },
    async (request, reply) => {
      const { run, arkivdeler } = await startArkivuttrekk(ctxOf(request), root(), request.params.id);
      return reply.code(202).send(presentArkivuttrekk(run, arkivdeler, root()));
    },
  );

  app.get(
    '/arkivuttrekk',
    {
      schema: {
        tags,
        summary: 'Arkivuttrekk i aktiv organisasjon, nyeste først: framdrift og utfall (arkivet)',
        querystring: z.strictObject({
          arkivdel: z.uuid().optional(),
          limit: z.coerce.number().int().min(1).max(100).default(20),
        }),
        response: { 200: z.object({ items: z.array(ArkivuttrekkBody) }) },
      },
    },
    async (request) => {
      const { runs, arkivdeler } = await listArkivuttrekk(ctxOf(request), {
        arkivdelId: request.query.arkivdel,
        limit: request.query.limit,
      });
      return { items: runs.map((r) => presentArkivuttrekk(r, arkivdeler, root())) };
    },
  );

  app.get(
    '/arkivuttrekk/:id',
    {
      schema: {
        tags,
        summary: 'Ett arkivuttrekk: framdrift, selvkontroll og utfall (arkivet)',
        params: Params,
        response: { 200: ArkivuttrekkBody },
      },
    },
    async (request) => {
      const { run, arkivdeler } = await getArkivuttrekk(ctxOf(request), request.params.id);
      return presentArkivuttrekk(run, arkivdeler, root());
    },
  );

  app.get(
    '/arkivuttrekk/:id/pakke',
    { schema: { tags, summary: 'Avleveringspakken som tar-fil, strømmet (arkivet)', params: Params } },
    async (request, reply) => {
      const filer = await getUttrekkFiler(ctxOf(request), root(), request.params.id);
      return download(reply, 'application/x-tar', `${filer.navn}.tar`).send(Readable.from(tarFolder(filer.pakke, filer.navn)));
    },
  );

  app.get(
    '/arkivuttrekk/:id/deponeringsrapport',
    { schema: { tags, summary: 'Deponeringsrapporten (Markdown) som følger avleveringen (arkivet)', params: Params } },
    async (request, reply) => {
      const filer = await getUttrekkFiler(ctxOf(request), root(), request.params.id);
      return download(reply, 'text/markdown; charset=utf-8', `${filer.navn}.deponeringsrapport.md`).send(
        fs.createReadStream(filer.deponeringsrapport),
      );
    },
  );
}
