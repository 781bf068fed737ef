import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageQuery, PageInfoBody } from '../../shared/paging.js';
import { FORMAT_UTVALG } from './domain/format-utvalg.js';
import { getArkivformater } from './get-arkivformater.js';
import { listFormatRapport } from './list-format-rapport.js';
import { setArkivformatUnntak } from './set-arkivformat-unntak.js';
import { setArkivformater } from './set-arkivformater.js';

const tags = ['arkivformat'];

const ArkivformaterBody = z.object({
  /** The approved formats now (PRONOM PUIDs). */
  formater: z.array(z.string()),
  /** Whether the organisation has its own list (else the standard one applies). */
  egenListe: z.boolean(),
  standard: z.array(z.object({ format: z.string(), navn: z.string() })),
  kanEndre: z.boolean(),
});

const FormatRapportBody = z.object({
  items: z.array(
    z.object({
      id: z.uuid(),
      tittel: z.string(),
      dokumentnummer: z.int(),
      dokumentstatus: z.string(),
      arkivformatUnntak: z.string().nullable(),
      journalpost: z.object({ id: z.uuid(), journalpostId: z.string() }),
      saksmappe: z.object({ id: z.uuid(), saksnummer: z.string() }),
      versjoner: z.int(),
      nyesteVersjon: z.array(z.object({ variantformat: z.string(), format: z.string(), godkjent: z.boolean() })),
    }),
  ),
  ...PageInfoBody.shape,
  utvalg: z.enum(FORMAT_UTVALG),
});

/** Approved archival formats (krav 2.7.9) and the archive's exception for a document (issue 17 item 3). */
export async function arkivformatRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisasjon/arkivformater',
    {
      schema: { tags, summary: 'Godkjente arkivformater (PRONOM-identifikatorer) i organisasjonen', response: { 200: ArkivformaterBody } },
    },
    async (request) => getArkivformater(ctxOf(request)),
  );

  app.put(
    '/organisasjon/arkivformater',
    {
      schema: {
        tags,
        summary: 'Sett godkjente arkivformater (arkivet, systemansvarlig); null gir standardlisten',
        body: z.strictObject({ formater: z.array(z.string().trim().min(1).max(20)).max(100).nullable() }),
        response: { 200: ArkivformaterBody },
      },
    },
    async (request) => setArkivformater(ctxOf(request), request.body.formater),
  );

  app.get(
    '/arkivformat/rapport',
    {
      schema: {
        tags,
        summary:
          'Formatrapport (arkivet): dokumenter uten godkjent arkivformat, eller lagret i flere versjoner, varianter eller produksjonsformat',
        querystring: z.strictObject({ utvalg: z.enum(FORMAT_UTVALG).default('uten-arkivformat'), ...pageQuery(50, 500) }),
        response: { 200: FormatRapportBody },
      },
    },
    async (request) => {
      const { utvalg, side, perSide } = request.query;
      return listFormatRapport(ctxOf(request), utvalg, { side, perSide });
    },
  );

  app.put(
    '/dokumentbeskrivelser/:id/arkivformat-unntak',
    {
      schema: {
        tags,
        summary:
          'Arkivets begrunnede unntak: dokumentet holder ikke igjen journalføring eller avslutning uten arkivformat (null trekker det tilbake)',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ begrunnelse: z.string().trim().max(1000).nullable() }),
        response: { 200: z.object({ id: z.uuid(), arkivformatUnntak: z.string().nullable() }) },
      },
    },
    async (request) => setArkivformatUnntak(ctxOf(request), request.params.id, request.body.begrunnelse),
  );
}
