import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { KASSASJON_ARV, KASSASJONSVEDTAK, MAX_BEVARINGSTID } from './domain/kassasjon.js';
import { getKassasjon } from './get-kassasjon.js';
import { listKassasjonsliste } from './list-kassasjonsliste.js';
import { setKassasjon } from './set-kassasjon.js';
import { setRettsligHold } from './set-rettslig-hold.js';
import { utfoerKassasjon } from './utfoer-kassasjon.js';

const tags = ['kassasjon'];
const isoDate = z.iso.date();
const Vedtak = z.enum(KASSASJONSVEDTAK);
const Nivaa = z.enum(['arkivdel', 'klasse', 'saksmappe', 'journalpost', 'dokumentbeskrivelse']);
const ObjectParams = z.object({ objekttype: Nivaa, id: z.uuid() });

const KassasjonFields = z.object({
  kassasjonsvedtak: Vedtak,
  kassasjonshjemmel: z.string().nullable(),
  bevaringstid: z.int().nullable(),
  kassasjonsdato: z.string().nullable(),
});
const KassasjonBody = z.object({
  objekttype: Nivaa,
  id: z.uuid(),
  egen: KassasjonFields.nullable(),
  effektiv: KassasjonFields.nullable(),
  kilde: z.enum(['egen', 'saksmappe', 'journalpost', 'arkivdel', 'klasse']).nullable(),
  kassasjonsdato: z.string().nullable(),
  kassasjonArv: z.string().nullable(),
});

const KassasjonInput = z.strictObject({
  kassasjon: z
    .strictObject({
      kassasjonsvedtak: Vedtak,
      kassasjonshjemmel: z.string().trim().max(1000).nullable().optional(),
      bevaringstid: z.int().min(0).max(MAX_BEVARINGSTID).nullable().optional(),
      kassasjonsdato: isoDate.nullable().optional(),
    })
    .nullable(),
  kassasjonArv: z.enum(KASSASJON_ARV).optional(),
});

const DueQuery = z.strictObject({
  kassasjonsdatoFra: isoDate.optional(),
  kassasjonsdatoTil: isoDate.optional(),
  kassasjonsvedtak: Vedtak.optional(),
  administrativEnhetId: z.uuid().optional(),
  journalenhet: z.string().max(100).optional(),
  arkivdelId: z.uuid().optional(),
  ...pageQuery(50, 500),
});
const DueRow = z.object({
  id: z.uuid(),
  mappeID: z.string(),
  tittel: z.string(),
  fullTilgang: z.boolean(),
  opprettetDato: z.string(),
  kassasjonsvedtak: z.string(),
  kassasjonshjemmel: z.string().nullable(),
  bevaringstid: z.int().nullable(),
  kassasjonsdato: z.string(),
  kilde: z.string(),
  administrativEnhet: z.object({ id: z.uuid(), navn: z.string() }),
  journalenhet: z.string().nullable(),
  arkivdel: z.object({
    id: z.uuid(),
    kortnavn: z.string(),
    tittel: z.string(),
    referanseForelder: z.uuid(),
    arkivperiodeStartDato: z.string().nullable(),
    arkivperiodeSluttDato: z.string().nullable(),
  }),
  klasse: z.object({ klasseID: z.string(), tittel: z.string() }).nullable(),
  rettsligHold: z.string().nullable(),
  uttrukket: z.boolean(),
  kanKasseres: z.boolean(),
});

/** Disposal (bevaring og kassasjon, krav 6.1; issue 17 item 2): the archive's decisions, list and disposal. */
export async function kassasjonRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stores = createDocumentStores(app.deps.config, app.log);

  app.get(
    '/kassasjon/liste',
    {
      schema: {
        tags,
        summary: 'Kassasjonslisten: avsluttede saker med kassasjonsdato nådd (arkivet)',
        querystring: DueQuery,
        response: { 200: pageBody(DueRow).extend({ dato: z.string() }) },
      },
    },
    async (request) => {
      const { side, perSide, ...filter } = request.query;
      return listKassasjonsliste(ctxOf(request), filter, { side, perSide });
    },
  );

  app.get(
    '/kassasjon/:objekttype/:id',
    {
      schema: {
        tags,
        summary: 'Et objekts kassasjonsvedtak: eget, arvet og kassasjonsdato (arkivet)',
        params: ObjectParams,
        response: { 200: KassasjonBody },
      },
    },
    async (request) => getKassasjon(ctxOf(request), request.params.objekttype, request.params.id),
  );

  app.put(
    '/kassasjon/:objekttype/:id',
    {
      schema: {
        tags,
        summary: 'Registrer kassasjonsvedtak, -hjemmel og bevaringstid på et objekt (null: arv igjen); arv på arkivdel og klasse',
        params: ObjectParams,
        body: KassasjonInput,
        response: { 200: KassasjonBody },
      },
    },
    async (request) =>
      setKassasjon(ctxOf(request), request.params.objekttype, request.params.id, request.body.kassasjon, request.body.kassasjonArv),
  );

  app.put(
    '/saksmapper/:id/rettslig-hold',
    {
      schema: {
        tags,
        summary: 'Rettslig hold på en sak (arkivet): ingenting i saken kasseres mens det gjelder; null opphever',
        params: z.object({ id: z.uuid() }),
        body: z.strictObject({ grunn: z.string().trim().max(1000).nullable() }),
        response: { 200: z.object({ id: z.uuid(), rettsligHold: z.string().nullable() }) },
      },
    },
    async (request) => setRettsligHold(ctxOf(request), request.params.id, request.body.grunn),
  );

  app.post(
    '/saksmapper/:id/kassasjon',
    {
      schema: {
        tags,
        summary: 'Utfør kassasjon av en sak (arkivet): dokumentenes filer slettes, metadata og journalposter beholdes',
        params: z.object({ id: z.uuid() }),
        response: {
          200: z.object({
            saksmappeId: z.uuid(),
            kassertDato: z.string(),
            kassertAv: z.string(),
            dokumenterKassert: z.int(),
            dokumenterBeholdt: z.int(),
            filerSlettet: z.int(),
          }),
        },
      },
    },
    async (request) => utfoerKassasjon(ctxOf(request), stores, request.params.id),
  );
}
