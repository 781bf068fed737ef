import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, systemCtx } from '../../http/request-context.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import { decideInnsynskrav } from './decide-innsynskrav.js';
import { AVGJOERELSER, MAX_DELER } from './domain/innsynskrav-rules.js';
import { getInnsynskrav } from './get-innsynskrav.js';
import { getKvittering } from './get-kvittering.js';
import { importEInnsynOrder } from './import-einnsyn-order.js';
import { InnsynskravBody, KvitteringBody } from './innsynskrav-presenter.js';
import { orderInnsynskrav } from './order-innsynskrav.js';
import { MAX_REKTANGLER, redactDokument, requestedPdf } from './redact-dokument.js';
import { pageImage } from './pdf-pages.js';
import { sendInnsynssvar } from './send-innsynssvar.js';

const tags = ['innsynskrav'];
const Orgnr = z.string().regex(/^\d{9}$/, 'må være et organisasjonsnummer på 9 siffer');
const Ids = z.object({ id: z.uuid(), delId: z.uuid() });

const Rektangel = z.strictObject({
  side: z.number().int().min(1),
  x: z.number().min(0).max(1),
  y: z.number().min(0).max(1),
  bredde: z.number().gt(0).max(1),
  hoyde: z.number().gt(0).max(1),
});

/** Access requests (issue 15 item 3): the public order and receipt, the case owner's decisions, the redaction and the answer. */
export async function innsynskravRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const stores = createDocumentStores(app.deps.config, app.log);

  app.post(
    '/offentlig/:orgnr/innsynskrav',
    {
      schema: {
        tags,
        summary: 'Bestill innsyn i en eller flere journalposter fra den offentlige journalen (uten innlogging); svarer med en kvittering',
        params: z.object({ orgnr: Orgnr }),
        body: z.strictObject({
          journalpostIder: z.array(z.uuid()).min(1).max(MAX_DELER),
          navn: z.string().trim().min(1).max(200),
          epost: z.string().trim().min(3).max(320),
        }),
        response: {
          201: z.object({ kvittering: z.string(), frist: z.string(), organisasjon: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const k = await orderInnsynskrav(systemCtx(request), stores.plain, { ...request.body, orgnr: request.params.orgnr, ip: request.ip });
      return reply.code(201).send({ kvittering: k.kvittering!, frist: k.frist, organisasjon: k.organisasjon.navn });
    },
  );

  app.get(
    '/offentlig/:orgnr/innsynskrav/:kvittering',
    {
      schema: {
        tags,
        summary:
          'Kvitteringen for et innsynskrav (uten innlogging, med kvitteringens nøkkel): mottatt, frist, journalpostene og, når kravet er besvart, avgjørelsene',
        params: z.object({ orgnr: Orgnr, kvittering: z.string().min(20).max(100) }),
        response: { 200: KvitteringBody },
      },
    },
    async (request, reply) => {
      reply.header('cache-control', 'no-store');
      return getKvittering(systemCtx(request), request.params.orgnr, request.params.kvittering);
    },
  );

  app.get(
    '/innsynskrav/:id',
    {
      schema: {
        tags,
        summary:
          'Et innsynskrav med journalpostene det gjelder, avgjørelsene og dokumentene (for saksansvarlige det er fordelt til, ledere og arkivet)',
        params: z.object({ id: z.uuid() }),
        response: { 200: InnsynskravBody },
      },
    },
    async (request) => getInnsynskrav(ctxOf(request), stores, request.params.id),
  );

  app.get(
    '/innsynskrav/:id/deler/:delId/dokumenter/:dokumentId/sider/:side',
    {
      schema: {
        tags,
        summary: 'En side av et PDF-dokument i en journalpost kravet gjelder, som PNG-bilde (for sladdeverktøyet)',
        params: Ids.extend({ dokumentId: z.uuid(), side: z.coerce.number().int().min(1).max(10_000) }),
      },
    },
    async (request, reply) => {
      const { id, delId, dokumentId, side } = request.params;
      const { pdf } = await requestedPdf(ctxOf(request), stores, id, delId, dokumentId);
      const png = await pageImage(pdf, side);
      return reply.type('image/png').header('cache-control', 'private, no-store').send(png);
    },
  );

  app.post(
    '/innsynskrav/:id/deler/:delId/avgjoerelse',
    {
      schema: {
        tags,
        summary:
          'Avgjør innsyn i én journalpost: innsyn, delvis (sladdet offentlig variant) eller avslag med hjemmel; meroffentlighet må være vurdert ved avslag',
        params: Ids,
        body: z.strictObject({
          avgjoerelse: z.enum(AVGJOERELSER),
          hjemmel: z.string().max(100).nullable().optional(),
          meroffentlighetVurdert: z.boolean().optional(),
          begrunnelse: z.string().max(4000).nullable().optional(),
        }),
        response: { 200: z.object({ id: z.uuid(), avgjoerelse: z.string(), hjemmel: z.string().nullable() }) },
      },
    },
    async (request) => {
      const row = await decideInnsynskrav(ctxOf(request), request.params.id, request.params.delId, request.body);
      return { id: row.id, avgjoerelse: row.avgjoerelse!, hjemmel: row.hjemmel };
    },
  );

  app.post(
    '/innsynskrav/:id/deler/:delId/sladding',
    {
      schema: {
        tags,
        summary:
          'Sladd et PDF-dokument: de merkede områdene brennes inn (teksten fjernes) og resultatet lagres som dokumentets offentlige variant (O)',
        params: Ids,
        body: z.strictObject({ dokumentbeskrivelseId: z.uuid(), rektangler: z.array(Rektangel).min(1).max(MAX_REKTANGLER) }),
        response: { 201: z.object({ id: z.uuid(), variantformat: z.string(), versjonsnummer: z.number() }) },
      },
    },
    async (request, reply) => {
      const objekt = await redactDokument(ctxOf(request), stores, request.params.id, request.params.delId, request.body);
      return reply.code(201).send({ id: objekt.id, variantformat: objekt.variantformat, versjonsnummer: objekt.versjonsnummer });
    },
  );

  app.post(
    '/innsynskrav/:id/svar',
    {
      schema: {
        tags,
        summary:
          'Send svaret på innsynskravet når alle journalpostene er avgjort: svarbrev med klageadgang og de utleverte dokumentene på e-post; kravet avskrives',
        params: z.object({ id: z.uuid() }),
        response: { 201: z.object({ svarJournalpostId: z.uuid(), besvartDato: z.date() }) },
      },
    },
    async (request, reply) => {
      const svar = await sendInnsynssvar(ctxOf(request), stores, request.params.id);
      return reply.code(201).send({ svarJournalpostId: svar.svarJournalpostId, besvartDato: svar.innsynskrav.besvart_dato! });
    },
  );

  app.post(
    '/innsynskrav/einnsyn',
    {
      schema: {
        tags,
        summary:
          'Ta imot et innsynskrav fra eInnsyn (bestillingens order.xml, v1 eller v2, som tekst): registreres som et innsynskrav; samme bestilling igjen gir det samme kravet (200)',
        body: z.strictObject({ bestilling: z.string().min(1).max(1_000_000) }),
        response: {
          201: z.object({ id: z.uuid(), journalpostId: z.uuid(), frist: z.string(), duplikat: z.boolean() }),
          200: z.object({ id: z.uuid(), journalpostId: z.uuid(), frist: z.string(), duplikat: z.boolean() }),
        },
      },
    },
    async (request, reply) => {
      const k = await importEInnsynOrder(ctxOf(request), stores.plain, request.body.bestilling);
      return reply.code(k.duplikat ? 200 : 201).send({ id: k.id, journalpostId: k.journalpostId, frist: k.frist, duplikat: k.duplikat });
    },
  );
}
