import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { ROLLER } from '../../shared/roles.js';
import { assignRole } from './assign-role.js';
import { createUnit } from './create-unit.js';
import { createUser } from './create-user.js';
import { listUnits } from './list-units.js';
import { listUsers, USERS_PAGE_SIZE } from './list-users.js';
import { ChangeLogPageBody, ChangeLogPageQuery, presentChangeLogPage } from '../endringslogg/endringslogg-presenter.js';
import { endRoleAssignment } from './end-role-assignment.js';
import { listUserHistory } from './list-user-history.js';
import { presentUnit, RolePeriodInput, UnitBody, UserBody } from './organisation-presenter.js';
import { setUserStatus } from './set-user-status.js';

const tags = ['organisasjon'];
const IdParams = z.object({ id: z.uuid() });

export async function organisationRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/enheter',
    {
      schema: { tags, summary: 'Administrative enheter i aktiv organisasjon', response: { 200: z.object({ items: z.array(UnitBody) }) } },
    },
    async (request) => ({ items: (await listUnits(ctxOf(request))).map(presentUnit) }),
  );

  app.post(
    '/enheter',
    {
      schema: {
        tags,
        summary: 'Opprett administrativ enhet (systemansvarlig)',
        body: z.strictObject({
          kortnavn: z.string().trim().min(1).max(20),
          navn: z.string().trim().min(1).max(200),
          overordnetEnhetId: z.uuid().nullish(),
        }),
        response: { 201: UnitBody },
      },
    },
    async (request, reply) => reply.code(201).send(presentUnit(await createUnit(ctxOf(request), request.body))),
  );

  app.get(
    '/brukere',
    {
      schema: {
        tags,
        summary: 'Brukere med rolle i aktiv organisasjon, etter navn, en side om gangen (q: del av navn eller brukernavn)',
        querystring: z.strictObject({
          q: z.string().trim().max(100).optional(),
          aktive: z.enum(['true', 'false']).optional(),
          integrasjon: z.enum(['true', 'false']).optional(),
          ...pageQuery(USERS_PAGE_SIZE, 500),
        }),
        response: { 200: pageBody(UserBody) },
      },
    },
    async (request) => {
      const { q, aktive, integrasjon, ...page } = request.query;
      return listUsers(ctxOf(request), { q, aktive: aktive === 'true', integrasjon: integrasjon === 'true' }, page);
    },
  );

  app.post(
    '/brukere',
    {
      schema: {
        tags,
        summary: 'Opprett bruker med en rolle i aktiv organisasjon (systemansvarlig)',
        body: z.strictObject({
          brukernavn: z.string().trim().min(2).max(100),
          navn: z.string().trim().min(1).max(200),
          epost: z.email().nullish(),
          passord: z.string().min(8).max(500).optional(),
          rolle: z.enum(ROLLER),
          enhetId: z.uuid().nullish(),
          integrasjon: z.boolean().optional(),
        }),
        response: { 201: z.object({ id: z.uuid(), brukernavn: z.string(), navn: z.string(), rolletildelingId: z.uuid() }) },
      },
    },
    async (request, reply) => {
      const user = await createUser(ctxOf(request), request.body);
      return reply.code(201).send({ id: user.id, brukernavn: user.brukernavn, navn: user.navn, rolletildelingId: user.rolletildelingId });
    },
  );

  app.post(
    '/rolletildelinger',
    {
      schema: {
        tags,
        summary: 'Gi en bruker en rolle i aktiv organisasjon (systemansvarlig)',
        body: z.strictObject({
          brukernavn: z.string().trim().min(1),
          rolle: z.enum(ROLLER),
          enhetId: z.uuid().nullish(),
          ...RolePeriodInput,
        }),
        response: { 201: z.object({ id: z.uuid(), rolle: z.string() }) },
      },
    },
    async (request, reply) => {
      const row = await assignRole(ctxOf(request), request.body);
      return reply.code(201).send({ id: row.id, rolle: row.rolle });
    },
  );

  app.post(
    '/rolletildelinger/:id/avslutt',
    {
      schema: {
        tags,
        summary: 'Avslutt en rolletildeling, straks eller med en siste dag (systemansvarlig)',
        params: IdParams,
        body: z.strictObject({ tilDato: z.iso.date().optional() }).default({}),
        response: { 200: z.object({ id: z.uuid(), fraDato: z.iso.date(), tilDato: z.iso.date() }) },
      },
    },
    async (request) => endRoleAssignment(ctxOf(request), request.params.id, request.body),
  );

  app.put(
    '/brukere/:id/status',
    {
      schema: {
        tags,
        summary: 'Gjør en bruker passiv eller aktiv (systemansvarlig); en passiv bruker mister økter og API-nøkler straks',
        params: IdParams,
        body: z.strictObject({ aktiv: z.boolean() }),
        response: { 200: z.object({ id: z.uuid(), aktiv: z.boolean() }) },
      },
    },
    async (request) => setUserStatus(ctxOf(request), request.params.id, request.body.aktiv),
  );

  app.get(
    '/brukere/:id/historikk',
    {
      schema: {
        tags,
        summary: 'Brukerens status- og rollehistorikk i aktiv organisasjon (systemansvarlig; side, perSide)',
        params: IdParams,
        querystring: ChangeLogPageQuery,
        response: { 200: ChangeLogPageBody },
      },
    },
    async (request) => presentChangeLogPage(await listUserHistory(ctxOf(request), request.params.id, request.query)),
  );
}
