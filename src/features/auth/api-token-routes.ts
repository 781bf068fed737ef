import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { createApiToken } from './create-api-token.js';
import { listApiTokens } from './list-api-tokens.js';
import { revokeApiToken } from './revoke-api-token.js';

const tags = ['api-nøkler'];

const TokenBody = z.object({
  id: z.uuid(),
  navn: z.string(),
  bruker: z.object({ id: z.uuid(), brukernavn: z.string(), navn: z.string() }),
  rolletildelingId: z.uuid(),
  rolle: z.string(),
  opprettetDato: z.date(),
  opprettetAv: z.string().nullable(),
  utloperDato: z.date().nullable(),
  tilbakekaltDato: z.date().nullable(),
  sistBruktDato: z.date().nullable(),
  status: z.enum(['aktiv', 'utlopt', 'tilbakekalt']),
});

type Row = Awaited<ReturnType<typeof listApiTokens>>['items'][number];

function presentToken(r: Row, now: Date): z.infer<typeof TokenBody> {
  const status = r.tilbakekalt_dato ? 'tilbakekalt' : r.utloper_dato && r.utloper_dato < now ? 'utlopt' : 'aktiv';
  return {
    id: r.id,
    navn: r.navn,
    bruker: { id: r.brukerId, brukernavn: r.brukernavn, navn: r.brukerNavn },
    rolletildelingId: r.rolletildelingId,
    rolle: r.rolle,
    opprettetDato: r.opprettet_dato,
    opprettetAv: r.opprettetAvNavn,
    utloperDato: r.utloper_dato,
    tilbakekaltDato: r.tilbakekalt_dato,
    sistBruktDato: r.sist_brukt_dato,
    status,
  };
}

/** API tokens: make (shown once), list, revoke. */
export async function apiTokenRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const days = app.deps.config.apiTokenDays;

  app.get(
    '/api-tokens',
    {
      schema: {
        tags,
        summary: 'API-nøkler i aktiv organisasjon, nyeste først (systemansvarlig ser alle, andre sine egne; side, perSide)',
        querystring: z.strictObject(pageQuery(100, 500)),
        response: { 200: pageBody(TokenBody) },
      },
    },
    async (request) => {
      const now = new Date();
      const page = await listApiTokens(ctxOf(request), request.query);
      return { ...page, items: page.items.map((r) => presentToken(r, now)) };
    },
  );

  app.post(
    '/api-tokens',
    {
      schema: {
        tags,
        summary: 'Opprett API-nøkkel for egen rolle eller en integrasjonsbruker (systemansvarlig; vises én gang)',
        body: z.strictObject({
          navn: z.string().trim().min(1).max(200),
          rolletildelingId: z.uuid(),
          gyldigDager: z.int().min(1).max(3650).optional(),
        }),
        response: { 201: z.object({ id: z.uuid(), navn: z.string(), token: z.string(), utloperDato: z.date().nullable() }) },
      },
    },
    async (request, reply) => {
      const lifetime = { defaultDays: days.default, maxDays: days.max };
      const t = await createApiToken(ctxOf(request), { ...request.body, lifetime });
      return reply.code(201).send({ id: t.id, navn: t.navn, token: t.token, utloperDato: t.utloper_dato });
    },
  );

  app.delete(
    '/api-tokens/:id',
    {
      schema: {
        tags,
        summary: 'Trekk tilbake en API-nøkkel (virker ikke lenger; raden beholdes)',
        params: z.object({ id: z.uuid() }),
      },
    },
    async (request, reply) => {
      await revokeApiToken(ctxOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
