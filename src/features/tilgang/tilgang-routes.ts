import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { presentGruppe, presentTilgangskode, TilgangsgruppeBody, TilgangskodeBody } from './admin/access-admin-presenter.js';
import { mayAdministerAccess } from './domain/access-admin-rules.js';
import { MAX_SKJERMING_VARIGHET } from './domain/screening-duration.js';
import { listLesingLogg, listTilgangsgrupper, listTilgangskoder } from './list-tilgang.js';
import { setSkjerming } from './set-skjerming.js';
import type { ScreenedTable } from './screening-repository.js';

const tags = ['tilgang'];
const IdParams = z.object({ id: z.uuid() });

const SkjermingSchema = z.strictObject({
  tilgangskode: z.string().trim().min(1).max(10).nullable(),
  skjermingshjemmel: z.string().trim().max(500).nullish(),
  skjermingMetadata: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
  skjermingDokument: z.boolean().optional(),
  skjermedeTittelord: z.array(z.int().min(0).max(1000)).max(200).optional(),
  tilgangsgruppeId: z.uuid().nullish(),
  // Noark 5 skjermingsvarighet (years) and skjermingOpphoererDato, named as the bodies name them.
  skjermingVarighet: z.int().min(1).max(MAX_SKJERMING_VARIGHET).nullish(),
  skjermingOpphoerer: z.iso.date().nullish(),
});

const PATHS: [string, ScreenedTable][] = [
  ['/saksmapper/:id/skjerming', 'saksmappe'],
  ['/journalposter/:id/skjerming', 'journalpost'],
  ['/dokumentbeskrivelser/:id/skjerming', 'dokumentbeskrivelse'],
];

/** Access codes, access groups, screening of cases, records and documents, and the reading log. */
export async function tilgangRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/tilgangskoder',
    {
      schema: {
        tags,
        summary: 'Tilgangskoder med standard skjermingshjemmel',
        response: { 200: z.object({ items: z.array(TilgangskodeBody), kanEndre: z.boolean() }) },
      },
    },
    async (request) => ({
      items: (await listTilgangskoder(ctxOf(request))).map(presentTilgangskode),
      kanEndre: mayAdministerAccess(ctxOf(request).role.rolle),
    }),
  );

  app.get(
    '/tilgangsgrupper',
    {
      schema: {
        tags,
        summary: 'Tilgangsgrupper',
        response: { 200: z.object({ items: z.array(TilgangsgruppeBody), kanEndre: z.boolean() }) },
      },
    },
    async (request) => ({
      items: (await listTilgangsgrupper(ctxOf(request))).map(presentGruppe),
      kanEndre: mayAdministerAccess(ctxOf(request).role.rolle),
    }),
  );

  app.get(
    '/lesinglogg',
    {
      schema: {
        tags,
        summary: 'Hvem har åpnet skjermede dokumenter (arkivet), nyeste først (side, perSide; telt opp til 10 000, flere: det er flere)',
        querystring: z.strictObject(pageQuery(100, 500)),
        response: {
          200: pageBody(
            z.object({
              id: z.coerce.number(),
              objektType: z.string(),
              objektId: z.uuid(),
              tilgangskode: z.string(),
              lestAv: z.object({ id: z.uuid(), navn: z.string() }),
              lestDato: z.date(),
            }),
          ).extend({ flere: z.boolean() }),
        },
      },
    },
    async (request) => {
      const page = await listLesingLogg(ctxOf(request), request.query);
      return {
        ...page,
        items: page.items.map((r) => ({
          id: Number(r.id),
          objektType: r.objekt_type,
          objektId: r.objekt_id,
          tilgangskode: r.tilgangskode,
          lestAv: { id: r.lest_av, navn: r.lest_av_navn },
          lestDato: r.lest_dato,
        })),
      };
    },
  );

  for (const [path, table] of PATHS) {
    app.put(
      path,
      {
        schema: {
          tags,
          summary: `Sett skjerming (${table}); tilgangskode null åpner`,
          params: IdParams,
          body: SkjermingSchema,
          response: { 200: z.object({ id: z.uuid() }) },
        },
      },
      async (request) => ({ id: await setSkjerming(ctxOf(request), table, request.params.id, request.body) }),
    );
  }
}
