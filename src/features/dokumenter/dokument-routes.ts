import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { fileSettings } from '../../files/file-settings.js';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { codesOf, DOKUMENTSTATUS, DOKUMENTTYPE } from '../noark/domain/index.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { addDokument } from './add-dokument.js';
import { addVariant } from './add-variant.js';
import { addVersjon } from './add-versjon.js';
import { ferdigstillDokumenter } from './ferdigstill-dokumenter.js';
import { sendFile, wantsDownload } from './send-file.js';
import { DokumentbeskrivelseBody, DokumentobjektBody, presentDokument, presentDokumentobjekt } from './dokument-presenter.js';
import { DOCUMENTS_PAGE_SIZE, getDokument, listDokumenter } from './list-dokumenter.js';
import { optionalBoolean, optionalInt, withMultipartUpload } from './multipart-upload.js';
import { openDokumentobjekt } from './open-dokumentobjekt.js';
import { updateDokumentbeskrivelse } from './update-dokumentbeskrivelse.js';

const tags = ['dokumenter'];
const Id = z.object({ id: z.uuid() });
const multipartNote =
  'multipart/form-data: tekstfelt først, deretter én fil. Valgfritt: header x-checksum-sha256 eller felt sjekksum/filstoerrelse.';

/**
 * The form of an upload, for the API description (so its «Try it out» sends a
 * file): text fields first, the file last. The handler reads the parts as they
 * stream in and checks each; the body is never parsed before it, so the
 * route validates nothing here and only describes the form.
 */
function uploadForm(fields: z.ZodRawShape) {
  const form = z.object({
    ...fields,
    sjekksum: z.string().optional().describe('SHA-256 i hex av filen (valgfritt)'),
    filstoerrelse: z.string().optional().describe('filens størrelse i byte (valgfritt)'),
    fil: z.file().describe('filen, som siste del av skjemaet'),
  });
  const { $schema: _, ...described } = z.toJSONSchema(form, { io: 'input' });
  return { consumes: ['multipart/form-data'], body: z.unknown().meta(described) };
}

/** Documents and files. Uploads are multipart and stream straight into the file store; JSON's 1 MiB body limit does not apply to them. */
export async function dokumentRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const settings = fileSettings(app.deps.config);
  const files = createDocumentStores(app.deps.config, app.log);
  await app.register(multipart, { limits: { fileSize: settings.maxUploadBytes + 1, files: 1 } });

  app.get(
    '/journalposter/:id/dokumenter',
    {
      schema: {
        tags,
        summary: 'Dokumentene i en journalpost, etter dokumentnummer (side, perSide)',
        params: Id,
        querystring: z.strictObject(pageQuery(DOCUMENTS_PAGE_SIZE, 200)),
        response: { 200: pageBody(DokumentbeskrivelseBody) },
      },
    },
    async (request) => {
      const page = await listDokumenter(ctxOf(request), request.params.id, request.query);
      return { ...page, items: page.items.map(presentDokument) };
    },
  );

  app.post(
    '/journalposter/:id/dokumenter',
    {
      schema: {
        tags,
        summary: 'Legg til dokument (felt: tittel, dokumenttype, tilknyttetRegistreringSom?, dokumentstatus?, personsensitiv?; så filen)',
        description: `${multipartNote} dokumenttype: ${codesOf(DOKUMENTTYPE).join(', ')}. dokumentstatus: ${codesOf(DOKUMENTSTATUS).join(', ')}. På en journalført journalpost legger bare arkivet til dokumenter (logget i endringsloggen).`,
        params: Id,
        ...uploadForm({
          tittel: z.string(),
          dokumenttype: z.enum(codesOf(DOKUMENTTYPE)),
          tilknyttetRegistreringSom: z.enum(['H', 'V']).optional(),
          dokumentstatus: z.enum(codesOf(DOKUMENTSTATUS)).optional(),
          personsensitiv: z.enum(['true', 'false']).optional(),
        }),
        response: { 201: DokumentbeskrivelseBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const view = await withMultipartUpload(request, settings.maxUploadBytes, (fields, upload) =>
        addDokument(
          ctx,
          files,
          request.params.id,
          {
            ...fields,
            tittel: fields.tittel ?? '',
            dokumenttype: fields.dokumenttype ?? '',
            personsensitiv: optionalBoolean(fields.personsensitiv, 'personsensitiv'),
          },
          upload,
        ),
      );
      return reply.code(201).send(presentDokument(view));
    },
  );

  app.get(
    '/dokumentbeskrivelser/:id',
    { schema: { tags, summary: 'Ett dokument med alle versjoner og varianter', params: Id, response: { 200: DokumentbeskrivelseBody } } },
    async (request) => presentDokument(await getDokument(ctxOf(request), request.params.id)),
  );

  app.patch(
    '/dokumentbeskrivelser/:id',
    {
      schema: {
        tags,
        summary: 'Endre tittel, dokumenttype eller dokumentstatus (B → F)',
        params: Id,
        body: z.strictObject({
          tittel: z.string().trim().min(1).max(1000).optional(),
          dokumenttype: z.enum(codesOf(DOKUMENTTYPE)).optional(),
          dokumentstatus: z.enum(codesOf(DOKUMENTSTATUS)).optional(),
        }),
        response: { 200: DokumentbeskrivelseBody },
      },
    },
    async (request) => presentDokument(await updateDokumentbeskrivelse(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/journalposter/:id/dokumenter/ferdigstill',
    {
      schema: {
        tags,
        summary: 'Ferdigstill dokumentene under arbeid (B → F), rutinens «Ferdigstill dokumentene»',
        description:
          'Alle dokumentene i journalposten med dokumentstatus B blir F og får arkivformat. Avvises mens godkjenning venter, og når ingen dokumenter er under arbeid.',
        params: Id,
        response: { 200: z.object({ ferdigstilt: z.int() }) },
      },
    },
    async (request) => ferdigstillDokumenter(ctxOf(request), request.params.id),
  );

  app.post(
    '/dokumentbeskrivelser/:id/versjoner',
    {
      schema: {
        tags,
        summary: 'Ny versjon av dokumentets fil (produksjonsformat)',
        description: `${multipartNote} Et ferdigstilt dokument får ingen ny versjon (krav 3.2.31); på en journalført journalpost erstatter bare arkivet filen.`,
        params: Id,
        ...uploadForm({}),
        response: { 201: DokumentobjektBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const objekt = await withMultipartUpload(request, settings.maxUploadBytes, (_fields, upload) =>
        addVersjon(ctx, files, request.params.id, upload),
      );
      return reply.code(201).send(presentDokumentobjekt(objekt));
    },
  );

  app.post(
    '/dokumentbeskrivelser/:id/varianter',
    {
      schema: {
        tags,
        summary: 'Arkivformat (A) eller offentlig variant (O) av en versjon (felt: variantformat, versjonsnummer?; så filen)',
        description: multipartNote,
        params: Id,
        ...uploadForm({ variantformat: z.enum(['A', 'O']), versjonsnummer: z.string().optional() }),
        response: { 201: DokumentobjektBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const objekt = await withMultipartUpload(request, settings.maxUploadBytes, (fields, upload) =>
        addVariant(
          ctx,
          files,
          request.params.id,
          { variantformat: fields.variantformat ?? '', versjonsnummer: optionalInt(fields.versjonsnummer, 'versjonsnummer') },
          upload,
        ),
      );
      return reply.code(201).send(presentDokumentobjekt(objekt));
    },
  );

  app.get(
    '/dokumentobjekter/:id/fil',
    {
      schema: {
        tags,
        summary: 'Filens innhold, kontrollert mot sjekksummen (PDF og bilder vises inline; ?download=1 laster ned)',
        params: Id,
        querystring: z.object({ download: z.enum(['0', '1', 'true', 'false']).optional() }),
      },
    },
    async (request, reply) => {
      const opener = { sessionTokenHash: request.auth?.sessionTokenHash };
      const { objekt, stream } = await openDokumentobjekt(ctxOf(request), files, request.params.id, opener);
      const file = { filnavn: objekt.filnavn, mimeType: objekt.mime_type, sjekksum: objekt.sjekksum, filstoerrelse: objekt.filstoerrelse };
      return sendFile(reply, { ...file, stream }, wantsDownload(request.query.download));
    },
  );
}
