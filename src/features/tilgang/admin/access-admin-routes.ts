import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../../http/request-context.js';
import type { Ctx } from '../../../shared/context.js';
import { TILGANGSKODE_PATTERN } from '../../noark/domain/index.js';
import {
  PersonBody,
  PersonListBody,
  presentGruppe,
  presentPeople,
  presentTilgangskode,
  TilgangsgruppeBody,
  TilgangskodeBody,
} from './access-admin-presenter.js';
import { addGruppemedlem } from './add-gruppemedlem.js';
import { addInternKontakt } from './add-intern-kontakt.js';
import { createTilgangsgruppe } from './create-tilgangsgruppe.js';
import { createTilgangskode } from './create-tilgangskode.js';
import { listGruppemedlemmer } from './list-gruppemedlemmer.js';
import { listInterneKontakter } from './list-interne-kontakter.js';
import { removeGruppemedlem } from './remove-gruppemedlem.js';
import { removeInternKontakt } from './remove-intern-kontakt.js';
import { updateTilgangsgruppe } from './update-tilgangsgruppe.js';
import { updateTilgangskode } from './update-tilgangskode.js';

const tags = ['tilgang'];
const navn = z.string().trim().min(1).max(200);
const hjemmel = z.string().trim().max(500).nullish();
const beskrivelse = z.string().trim().max(2000).nullish();
const KodeParams = z.object({ kode: z.string().regex(TILGANGSKODE_PATTERN) });
const IdParams = z.object({ id: z.uuid() });
const MemberParams = z.object({ id: z.uuid(), brukerId: z.uuid() });
const BrukerBody = z.strictObject({ brukerId: z.uuid() });

/** The system owner's access codes and groups, group members, and internal contacts on cases (docs/access.md). */
const withZod = (base: FastifyInstance) => base.withTypeProvider<ZodTypeProvider>();
type App = ReturnType<typeof withZod>;

export async function accessAdminRoutes(base: FastifyInstance): Promise<void> {
  const app = withZod(base);

  app.post(
    '/tilgangskoder',
    {
      schema: {
        tags,
        summary: 'Opprett tilgangskode (systemansvarlig)',
        body: z.strictObject({ kode: z.string().trim().regex(TILGANGSKODE_PATTERN), navn, skjermingshjemmel: hjemmel }),
        response: { 201: TilgangskodeBody },
      },
    },
    async (request, reply) => reply.code(201).send(presentTilgangskode(await createTilgangskode(ctxOf(request), request.body))),
  );

  app.put(
    '/tilgangskoder/:kode',
    {
      schema: {
        tags,
        summary: 'Endre navn, standard skjermingshjemmel eller aktiv for en tilgangskode (systemansvarlig)',
        params: KodeParams,
        body: z.strictObject({ navn: navn.optional(), skjermingshjemmel: hjemmel, aktiv: z.boolean().optional() }),
        response: { 200: TilgangskodeBody },
      },
    },
    async (request) => presentTilgangskode(await updateTilgangskode(ctxOf(request), request.params.kode, request.body)),
  );

  app.post(
    '/tilgangsgrupper',
    {
      schema: {
        tags,
        summary: 'Opprett tilgangsgruppe (systemansvarlig)',
        body: z.strictObject({ navn, beskrivelse }),
        response: { 201: TilgangsgruppeBody },
      },
    },
    async (request, reply) => reply.code(201).send(presentGruppe(await createTilgangsgruppe(ctxOf(request), request.body))),
  );

  app.put(
    '/tilgangsgrupper/:id',
    {
      schema: {
        tags,
        summary: 'Endre navn, beskrivelse eller aktiv for en tilgangsgruppe (systemansvarlig)',
        params: IdParams,
        body: z.strictObject({ navn: navn.optional(), beskrivelse, aktiv: z.boolean().optional() }),
        response: { 200: TilgangsgruppeBody },
      },
    },
    async (request) => presentGruppe(await updateTilgangsgruppe(ctxOf(request), request.params.id, request.body)),
  );

  app.get(
    '/tilgangsgrupper/:id/medlemmer',
    {
      schema: {
        tags,
        summary: 'Medlemmene i en tilgangsgruppe (systemansvarlig, arkiv)',
        params: IdParams,
        response: { 200: z.object({ gruppe: TilgangsgruppeBody, items: PersonListBody, kanEndre: z.boolean() }) },
      },
    },
    async (request) => {
      const r = await listGruppemedlemmer(ctxOf(request), request.params.id);
      return { gruppe: presentGruppe(r.gruppe), items: presentPeople(r.medlemmer), kanEndre: r.kanEndre };
    },
  );

  peopleRoutes(app, '/tilgangsgrupper/:id/medlemmer', addGruppemedlem, removeGruppemedlem, {
    add: 'Legg en bruker i organisasjonen til i gruppen (systemansvarlig)',
    remove: 'Fjern et medlem fra gruppen (systemansvarlig)',
  });

  app.get(
    '/saksmapper/:id/interne-kontakter',
    {
      schema: {
        tags,
        summary: 'Interne kontakter på saken (skjermet for den som ikke har tilgang til saken)',
        params: IdParams,
        response: { 200: z.object({ items: PersonListBody, skjermet: z.boolean(), kanEndre: z.boolean() }) },
      },
    },
    async (request) => {
      const r = await listInterneKontakter(ctxOf(request), request.params.id);
      return { items: presentPeople(r.kontakter), skjermet: r.skjermet, kanEndre: r.kanEndre };
    },
  );

  peopleRoutes(app, '/saksmapper/:id/interne-kontakter', addInternKontakt, removeInternKontakt, {
    add: 'Legg til intern kontakt på saken (saksansvarlig, ledere, arkiv)',
    remove: 'Fjern intern kontakt fra saken (saksansvarlig, ledere, arkiv)',
  });
}

type AddPerson = (ctx: Ctx, ownerId: string, brukerId: string) => Promise<z.infer<typeof PersonBody>>;
type RemovePerson = (ctx: Ctx, ownerId: string, brukerId: string) => Promise<void>;

/** Adding (POST `path`) and removing (DELETE `path/:brukerId`) a person on a group's or a case's list. */
function peopleRoutes(app: App, path: string, add: AddPerson, remove: RemovePerson, summary: { add: string; remove: string }) {
  app.post(
    path,
    { schema: { tags, summary: summary.add, params: IdParams, body: BrukerBody, response: { 201: PersonBody } } },
    async (request, reply) => reply.code(201).send(await add(ctxOf(request), request.params.id, request.body.brukerId)),
  );
  app.delete(`${path}/:brukerId`, { schema: { tags, summary: summary.remove, params: MemberParams } }, async (request, reply) => {
    await remove(ctxOf(request), request.params.id, request.params.brukerId);
    return reply.code(204).send();
  });
}
