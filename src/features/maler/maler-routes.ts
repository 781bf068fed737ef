import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { contentDisposition } from '../dokumenter/content-disposition.js';
import { withMultipartUpload } from '../dokumenter/multipart-upload.js';
import { codesOf, JOURNALPOSTTYPE } from '../noark/domain/index.js';
import { createBrevmal } from './create-brevmal.js';
import { MALTYPER } from './domain/brevmal-kinds.js';
import { MAX_TEMPLATE_BYTES } from './domain/brevmal-rules.js';
import { mergeValues } from './domain/merge-fields.js';
import { SAMPLE } from './domain/merge-sample.js';
import { getBrevhode } from './get-brevhode.js';
import { getBrevmalFil } from './get-brevmal-fil.js';
import { listBrevmaler } from './list-brevmaler.js';
import { BrevhodeBody, BrevhodeSchema, BrevmalBody, FlettefeltBody, presentBrevmal, presentFlettefelt } from './maler-presenter.js';
import { replaceBrevmalFil } from './replace-brevmal-fil.js';
import { updateBrevhode } from './update-brevhode.js';
import { updateBrevmal } from './update-brevmal.js';

const tags = ['maler'];
const Id = z.object({ id: z.uuid() });
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const uploadNote = 'multipart/form-data: tekstfelt først, deretter DOCX-filen (høyst 5 MB).';

/** Document templates and the letterhead: the system owner manages them, everyone who writes picks from them. */
export async function malerRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  await app.register(multipart, { limits: { fileSize: MAX_TEMPLATE_BYTES + 1, files: 1 } });

  app.get(
    '/maler',
    {
      schema: {
        tags,
        summary: 'Dokumentmalene i aktiv organisasjon (aktive; systemansvarlig også deaktiverte med medInaktive=true)',
        querystring: z.strictObject({
          journalposttype: z.enum(codesOf(JOURNALPOSTTYPE)).optional(),
          medInaktive: z.enum(['true', 'false']).optional(),
        }),
        response: { 200: z.object({ items: z.array(BrevmalBody) }) },
      },
    },
    async (request) => {
      const { journalposttype, medInaktive } = request.query;
      const rows = await listBrevmaler(ctxOf(request), { journalposttype, medInaktive: medInaktive === 'true' });
      return { items: rows.map(presentBrevmal) };
    },
  );

  app.get(
    '/maler/flettefelt',
    {
      schema: {
        tags,
        summary: 'Alle flettefelt med betydning og eksempelverdi, og maltypene med sine regler',
        response: { 200: FlettefeltBody },
      },
    },
    async () => presentFlettefelt(mergeValues(SAMPLE)),
  );

  app.post(
    '/maler',
    {
      schema: {
        tags,
        summary: `Last opp ny mal (felt: navn, maltype, beskrivelse?; så DOCX-filen) (systemansvarlig)`,
        description: `${uploadNote} maltype: ${MALTYPER.join(', ')}.`,
        response: { 201: BrevmalBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const row = await withMultipartUpload(request, MAX_TEMPLATE_BYTES, (fields, upload) =>
        createBrevmal(ctx, { navn: fields.navn ?? '', maltype: fields.maltype ?? '', beskrivelse: fields.beskrivelse }, upload),
      );
      return reply.code(201).send(presentBrevmal(row));
    },
  );

  app.patch(
    '/maler/:id',
    {
      schema: {
        tags,
        summary: 'Gi malen nytt navn eller beskrivelse, deaktiver eller aktiver den (systemansvarlig)',
        params: Id,
        body: z.strictObject({
          navn: z.string().trim().min(1).max(200).optional(),
          beskrivelse: z.string().trim().max(2000).nullish(),
          aktiv: z.boolean().optional(),
        }),
        response: { 200: BrevmalBody },
      },
    },
    async (request) => presentBrevmal(await updateBrevmal(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/maler/:id/fil',
    {
      schema: {
        tags,
        summary: 'Ny versjon av malens DOCX-fil (systemansvarlig)',
        description: uploadNote,
        params: Id,
        response: { 200: BrevmalBody },
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      const row = await withMultipartUpload(request, MAX_TEMPLATE_BYTES, (_fields, upload) =>
        replaceBrevmalFil(ctx, request.params.id, upload),
      );
      return presentBrevmal(row);
    },
  );

  app.get('/maler/:id/fil', { schema: { tags, summary: 'Malens DOCX-fil', params: Id } }, async (request, reply) => {
    const { mal, innhold } = await getBrevmalFil(ctxOf(request), request.params.id);
    return reply
      .header('content-type', DOCX)
      .header('content-disposition', contentDisposition('attachment', mal.filnavn))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-cache')
      .send(innhold);
  });

  app.get(
    '/brevhode',
    { schema: { tags, summary: 'Organisasjonens brevhode (adresse og kontaktlinjer)', response: { 200: BrevhodeBody } } },
    async (request) => getBrevhode(ctxOf(request)),
  );

  app.put(
    '/brevhode',
    {
      schema: {
        tags,
        summary: 'Sett brevhodets adresse og kontaktlinjer (systemansvarlig)',
        body: BrevhodeSchema,
        response: { 200: BrevhodeBody },
      },
    },
    async (request) => updateBrevhode(ctxOf(request), request.body),
  );
}
