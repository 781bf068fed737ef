import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { ARKIVDELSTATUS, codesOf } from '../noark/domain/index.js';
import {
  ArkivBody,
  ArkivdelBody,
  KlasseBody,
  KlassifikasjonssystemBody,
  presentArkiv,
  presentArkivdel,
  presentKlasse,
  presentKlassifikasjonssystem,
} from './arkivstruktur-presenter.js';
import { createArkiv } from './create-arkiv.js';
import { periodeRoutes } from './periode-routes.js';
import { createArkivdel } from './create-arkivdel.js';
import { createKlasse } from './create-klasse.js';
import { createKlassifikasjonssystem } from './create-klassifikasjonssystem.js';
import { VERDIFORMATER } from './klasseverdi.js';
import { listArkivdeler } from './list-arkivdeler.js';
import { listArkiver } from './list-arkiver.js';
import { listKlasser } from './list-klasser.js';
import { listKlassifikasjonssystemer } from './list-klassifikasjonssystemer.js';

const tags = ['arkivstruktur'];
const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = z.string().trim().max(4000).nullish();
const isoDate = z.iso.date();

export async function arkivstrukturRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const list = <T extends z.ZodType>(item: T) => ({ 200: z.object({ items: z.array(item) }) });

  app.get('/arkiver', { schema: { tags, summary: 'Arkiv i aktiv organisasjon', response: list(ArkivBody) } }, async (request) => ({
    items: (await listArkiver(ctxOf(request))).map(presentArkiv),
  }));

  app.post(
    '/arkiver',
    {
      schema: {
        tags,
        summary: 'Opprett arkiv (systemansvarlig)',
        body: z.strictObject({ tittel: text(500), beskrivelse: optionalText }),
        response: { 201: ArkivBody },
      },
    },
    async (request, reply) => reply.code(201).send(presentArkiv(await createArkiv(ctxOf(request), request.body))),
  );

  app.get(
    '/arkivdeler',
    { schema: { tags, summary: 'Arkivdeler med klassifikasjonssystemer', response: list(ArkivdelBody) } },
    async (request) => ({
      items: (await listArkivdeler(ctxOf(request))).map(presentArkivdel),
    }),
  );

  app.post(
    '/arkivdeler',
    {
      schema: {
        tags,
        summary: 'Opprett arkivdel (systemansvarlig)',
        body: z.strictObject({
          arkivId: z.uuid(),
          kortnavn: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9-]{1,20}$/),
          tittel: text(500),
          beskrivelse: optionalText,
          arkivdelstatus: z.enum(codesOf(ARKIVDELSTATUS)).optional(),
          arkivperiodeStartDato: isoDate.nullish(),
          arkivperiodeSluttDato: isoDate.nullish(),
          // Any active code of the organisation's list; the use case checks it (400 naming the field).
          standardTilgangskode: z.string().trim().min(1).max(10).nullish(),
          primaerKlassifikasjonssystemId: z.uuid().nullish(),
          sekundaereKlassifikasjonssystemIder: z.array(z.uuid()).max(20).optional(),
          oppbevaringssted: z.string().trim().max(500).nullish(),
        }),
        response: { 201: ArkivdelBody },
      },
    },
    async (request, reply) => {
      const row = await createArkivdel(ctxOf(request), request.body);
      const ids = [request.body.primaerKlassifikasjonssystemId, ...(request.body.sekundaereKlassifikasjonssystemIder ?? [])];
      const systemer = ids.flatMap((id, i) => (id ? [{ klassifikasjonssystem_id: id, primaer: i === 0 }] : []));
      return reply.code(201).send(presentArkivdel({ ...row, systemer }));
    },
  );

  await periodeRoutes(app);

  app.get(
    '/klassifikasjonssystemer',
    { schema: { tags, summary: 'Klassifikasjonssystemer (arkivnøkkel og objektklasser)', response: list(KlassifikasjonssystemBody) } },
    async (request) => ({ items: (await listKlassifikasjonssystemer(ctxOf(request))).map(presentKlassifikasjonssystem) }),
  );

  app.post(
    '/klassifikasjonssystemer',
    {
      schema: {
        tags,
        summary: 'Opprett klassifikasjonssystem (systemansvarlig)',
        body: z.strictObject({
          kortnavn: z
            .string()
            .trim()
            .regex(/^[A-Za-z0-9-]{1,20}$/),
          tittel: text(500),
          beskrivelse: optionalText,
          klassifikasjonstype: text(200).optional(),
          verdiformat: z.enum(VERDIFORMATER).nullish(),
        }),
        response: { 201: KlassifikasjonssystemBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentKlassifikasjonssystem(await createKlassifikasjonssystem(ctxOf(request), request.body))),
  );

  const SystemParams = z.object({ id: z.uuid() });

  app.get(
    '/klassifikasjonssystemer/:id/klasser',
    { schema: { tags, summary: 'Klassene i et klassifikasjonssystem', params: SystemParams, response: list(KlasseBody) } },
    async (request) => ({ items: (await listKlasser(ctxOf(request), request.params.id)).map(presentKlasse) }),
  );

  app.post(
    '/klassifikasjonssystemer/:id/klasser',
    {
      schema: {
        tags,
        summary: 'Opprett klasse (systemansvarlig)',
        params: SystemParams,
        body: z.strictObject({ klasseId: text(100), tittel: text(500), beskrivelse: optionalText, overordnetKlasseId: z.uuid().nullish() }),
        response: { 201: KlasseBody },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(presentKlasse(await createKlasse(ctxOf(request), { ...request.body, klassifikasjonssystemId: request.params.id }))),
  );
}
