import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ctxOf } from '../../http/request-context.js';
import { MerknadBody, presentMerknad } from '../journalpost/journalpost-presenter.js';
import { addKryssreferanse, addPart, addPresedens, addSaksmappeMerknad } from './add-to-saksmappe.js';
import {
  KryssreferanseBody,
  PartBody,
  PresedensBody,
  presentKryssreferanse,
  presentPart,
  presentPresedens,
} from './saksmappe-presenter.js';
import { IdParams, KryssreferanseSchema, MerknadSchema, PartSchema, PresedensSchema } from './saksmappe-schemas.js';

const tags = ['saksmappe'];

/** Secondary objects added to a case: part, merknad, kryssreferanse, presedens. */
export async function saksmappeRelationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/saksmapper/:id/parter',
    { schema: { tags, summary: 'Legg til part i saken', params: IdParams, body: PartSchema, response: { 201: PartBody } } },
    async (request, reply) => reply.code(201).send(presentPart(await addPart(ctxOf(request), request.params.id, request.body))),
  );

  app.post(
    '/saksmapper/:id/merknader',
    { schema: { tags, summary: 'Legg til merknad på saken', params: IdParams, body: MerknadSchema, response: { 201: MerknadBody } } },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const row = await addSaksmappeMerknad(ctx, request.params.id, request.body);
      return reply.code(201).send(presentMerknad({ ...row, registrert_av_navn: ctx.actor.navn }));
    },
  );

  app.post(
    '/saksmapper/:id/kryssreferanser',
    {
      schema: {
        tags,
        summary: 'Legg til kryssreferanse',
        params: IdParams,
        body: KryssreferanseSchema,
        response: { 201: KryssreferanseBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentKryssreferanse(await addKryssreferanse(ctxOf(request), request.params.id, request.body))),
  );

  app.post(
    '/saksmapper/:id/presedenser',
    { schema: { tags, summary: 'Legg til presedens', params: IdParams, body: PresedensSchema, response: { 201: PresedensBody } } },
    async (request, reply) => reply.code(201).send(presentPresedens(await addPresedens(ctxOf(request), request.params.id, request.body))),
  );
}
