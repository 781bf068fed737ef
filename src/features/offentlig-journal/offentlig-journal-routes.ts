import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, systemCtx } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { contentDisposition, dispositionType } from '../dokumenter/content-disposition.js';
import { wantsDownload } from '../dokumenter/send-file.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { exportOffentligJournal } from './export-offentlig-journal.js';
import { listOffentligJournal } from './list-offentlig-journal.js';
import { openPublicFile } from './open-public-file.js';
import { setFulltekstPublisering } from './set-fulltekst-publisering.js';

const tags = ['offentlig journal'];

/** How long a browser or proxy may reuse a page of the journal before asking again (revalidated by ETag after). */
export const PUBLIC_MAX_AGE_SECONDS = 60;

const Params = z.object({ orgnr: z.string().regex(/^\d{9}$/, 'må være et organisasjonsnummer med 9 siffer') });

const Query = {
  fra: z.iso.date().optional().describe('Fra og med journaldato (standard: 13 dager før til-datoen)'),
  til: z.iso.date().optional().describe('Til og med journaldato (standard: i dag, eller 13 dager etter fra-datoen)'),
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Ord som alle må finnes i offentlig tittel, sakens offentlige tittel eller en åpen korrespondanseparts navn'),
};

const Entry = z.object({
  id: z.uuid(),
  journalpostId: z.string().describe('Saksnummer og dokumentnummer: 2026/12-3'),
  loepenummer: z.string().describe('Journalsekvensnummer og journalår: 123/2026'),
  journalaar: z.int(),
  journalsekvensnummer: z.int(),
  journalpostnummer: z.int(),
  journalposttype: z.string(),
  journaldato: z.string(),
  dokumentetsDato: z.string().nullable(),
  offentligTittel: z.string(),
  skjermet: z.boolean(),
  tilgangskode: z.string().nullable(),
  skjermingshjemmel: z.string().nullable(),
  administrativEnhet: z.string().nullable(),
  saksmappe: z.object({
    id: z.uuid(),
    saksnummer: z.string(),
    saksaar: z.int(),
    sakssekvensnummer: z.int(),
    offentligTittel: z.string(),
    tilgangskode: z.string().nullable(),
    skjermingshjemmel: z.string().nullable(),
  }),
  korrespondanseparter: z.array(z.object({ korrespondanseparttype: z.string(), navn: z.string(), skjermet: z.boolean() })),
  dokumenter: z.array(z.object({ dokumentobjektId: z.uuid(), tittel: z.string(), filnavn: z.string(), mimeType: z.string() })),
});

const JournalBody = pageBody(Entry).extend({
  organisasjon: z.object({ navn: z.string(), organisasjonsnummer: z.string() }),
  fra: z.string(),
  til: z.string(),
  journalposttyper: z.array(z.string()),
});

/**
 * The public journal (issue 15): no login. Every answer is the same for
 * everyone, so it may be cached by browsers and proxies (public, short
 * max-age) and revalidated by its ETag.
 */
export async function offentligJournalRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stores = createDocumentStores(app.deps.config, app.log);

  app.get(
    '/offentlig/:orgnr/journal',
    {
      schema: {
        tags,
        summary:
          'Offentlig journal (postliste) for en organisasjon, uten innlogging: journalførte poster i en datoperiode, nyeste først, med søk',
        params: Params,
        querystring: z.strictObject({ ...Query, ...pageQuery(50, 200) }),
        response: { 200: JournalBody, 304: z.null().describe('Uendret siden ETag-en i If-None-Match') },
      },
    },
    async (request, reply) => {
      const { side, perSide, ...query } = request.query;
      const body = await listOffentligJournal(
        systemCtx(request),
        { organisasjonsnummer: request.params.orgnr, ...query },
        { side, perSide },
      );
      const etag = `W/"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
      reply.header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`).header('etag', etag).header('vary', 'accept-encoding');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return body;
    },
  );

  app.get(
    '/offentlig/:orgnr/journal.xml',
    {
      schema: {
        tags,
        summary: 'Den samme offentlige journalen som Noark 5 offentligJournal (XML), strømmet',
        params: Params,
        querystring: z.strictObject(Query),
      },
    },
    async (request, reply) => {
      const { filnavn, chunks } = await exportOffentligJournal(systemCtx(request), {
        organisasjonsnummer: request.params.orgnr,
        ...request.query,
      });
      return reply
        .header('content-type', 'application/xml; charset=utf-8')
        .header('content-disposition', contentDisposition('attachment', filnavn))
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
        .send(Readable.from(chunks));
    },
  );

  app.get(
    '/offentlig/:orgnr/dokumenter/:id/fil',
    {
      schema: {
        tags,
        summary:
          'En publisert fulltekst fra offentlig journal, uten innlogging (offentlig variant, eller dokumentet selv når det ikke er skjermet)',
        params: Params.extend({ id: z.uuid() }),
        querystring: z.strictObject({ download: z.enum(['0', '1', 'true', 'false']).optional() }),
      },
    },
    async (request, reply) => {
      const { file, sjekksum, filstoerrelse, stream } = await openPublicFile(
        systemCtx(request),
        stores,
        request.params.orgnr,
        request.params.id,
      );
      return reply
        .header('content-type', file.mimeType)
        .header('content-length', filstoerrelse)
        .header('etag', `"${sjekksum}"`)
        .header(
          'content-disposition',
          contentDisposition(dispositionType(file.mimeType, wantsDownload(request.query.download)), file.filnavn),
        )
        .header('x-content-type-options', 'nosniff')
        .header('cache-control', `public, max-age=${PUBLIC_MAX_AGE_SECONDS}`)
        .send(stream);
    },
  );

  app.put(
    '/dokumentbeskrivelser/:id/fulltekst-publisering',
    {
      schema: {
        tags,
        summary: 'Publiser (eller trekk tilbake) dokumentets fulltekst i offentlig journal; de som kan skjerme dokumentet',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ publiser: z.boolean() }),
        response: { 200: z.object({ id: z.uuid(), publiserFulltekst: z.boolean() }) },
      },
    },
    async (request) => setFulltekstPublisering(ctxOf(request), request.params.id, request.body.publiser),
  );
}
