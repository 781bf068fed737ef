import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import type { Ctx } from '../../shared/context.js';
import { fieldError } from '../../shared/errors.js';
import { JOURNALSTATUS } from '../noark/domain/index.js';
import { IdParams, MerknadSchema } from '../saksmappe/saksmappe-schemas.js';
import { addJournalpostMerknad, addKorrespondansepart } from './add-to-journalpost.js';
import { changeJournalstatus } from './change-journalstatus.js';
import { getJournalpost } from './get-journalpost.js';
import {
  code,
  CodeBody,
  JournalpostBody,
  KorrespondansepartBody,
  MerknadBody,
  presentJournalpost,
  presentKorrespondansepart,
  presentMerknad,
} from './journalpost-presenter.js';
import {
  JournalstatusSchema,
  KorrespondansepartSchema,
  MoveSchema,
  RegisterJournalpostSchema,
  UpdateJournalpostSchema,
  VoidSchema,
} from './journalpost-schemas.js';
import { moveJournalpost } from './move-journalpost.js';
import { nextJournalstatuser } from './next-journalstatuser.js';
import { recordPaging } from './record-pages.js';
import { registerArkivnotat, registerJournalpost } from './register-journalpost.js';
import { updateJournalpost } from './update-journalpost.js';
import { voidJournalpost } from './void-journalpost.js';
import { createFileStore, fileSettings } from '../../files/file-settings.js';
import { registerFromTemplate, startsFromTemplate } from '../maler/register-from-template.js';

const tags = ['journalpost'];
const ok = { 200: JournalpostBody };

async function present(ctx: Ctx, id: string) {
  return presentJournalpost(await getJournalpost(ctx, id));
}

/** Records: register into a case, read, edit, change status, void, move, add parties and remarks. */
export async function journalpostRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const plain = createFileStore(fileSettings(app.deps.config));

  app.post(
    '/saksmapper/:id/journalposter',
    {
      schema: {
        tags,
        summary: 'Registrer journalpost eller arkivnotat i saken',
        params: IdParams,
        body: RegisterJournalpostSchema,
        response: { 201: JournalpostBody },
      },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const { registreringstype, journalposttype, brevmalId, ...rest } = request.body;
      let row;
      // Own records are never made empty: they start from a template (src/features/maler).
      if (brevmalId !== undefined || startsFromTemplate(registreringstype, journalposttype))
        row = await registerFromTemplate(ctx, plain, request.params.id, { ...rest, registreringstype, journalposttype, brevmalId });
      else if (registreringstype === 'arkivnotat') row = await registerArkivnotat(ctx, request.params.id, rest);
      else if (!journalposttype) throw fieldError('journalposttype', 'må fylles ut', 'is required');
      else row = await registerJournalpost(ctx, request.params.id, { ...rest, journalposttype });
      return reply.code(201).send(await present(ctx, row.id));
    },
  );

  app.get(
    '/journalposter/:id',
    {
      schema: {
        tags,
        summary: 'Journalpost med én side av korrespondanseparter og merknader (sider: totalt antall)',
        params: IdParams,
        querystring: recordPaging.Query,
        response: ok,
      },
    },
    async (request) => presentJournalpost(await getJournalpost(ctxOf(request), request.params.id, recordPaging.fromQuery(request.query))),
  );

  app.patch(
    '/journalposter/:id',
    {
      schema: {
        tags,
        summary: 'Endre journalpost (logges; journalført bare av arkivet)',
        params: IdParams,
        body: UpdateJournalpostSchema,
        response: ok,
      },
    },
    async (request) => {
      const ctx = ctxOf(request);
      await updateJournalpost(ctx, request.params.id, request.body);
      return present(ctx, request.params.id);
    },
  );

  app.post(
    '/journalposter/:id/status',
    { schema: { tags, summary: 'Endre journalstatus', params: IdParams, body: JournalstatusSchema, response: ok } },
    async (request) => {
      const ctx = ctxOf(request);
      await changeJournalstatus(ctx, request.params.id, request.body);
      return present(ctx, request.params.id);
    },
  );

  app.post(
    '/journalposter/:id/utgaar',
    { schema: { tags, summary: 'Sett journalposten til utgår (arkivet)', params: IdParams, body: VoidSchema, response: ok } },
    async (request) => {
      const ctx = ctxOf(request);
      await voidJournalpost(ctx, request.params.id, request.body);
      return present(ctx, request.params.id);
    },
  );

  app.post(
    '/journalposter/:id/flytt',
    { schema: { tags, summary: 'Flytt journalposten til en annen sak (arkivet)', params: IdParams, body: MoveSchema, response: ok } },
    async (request) => {
      const ctx = ctxOf(request);
      await moveJournalpost(ctx, request.params.id, request.body);
      return present(ctx, request.params.id);
    },
  );

  app.get(
    '/journalposter/:id/neste-statuser',
    {
      schema: {
        tags,
        summary: 'Journalstatuser aktiv rolle kan sette',
        params: IdParams,
        response: { 200: z.object({ items: z.array(CodeBody) }) },
      },
    },
    async (request) => ({ items: (await nextJournalstatuser(ctxOf(request), request.params.id)).map((s) => code(JOURNALSTATUS, s)) }),
  );

  app.post(
    '/journalposter/:id/korrespondanseparter',
    {
      schema: {
        tags,
        summary: 'Legg til korrespondansepart',
        params: IdParams,
        body: KorrespondansepartSchema,
        response: { 201: KorrespondansepartBody },
      },
    },
    async (request, reply) =>
      reply.code(201).send(presentKorrespondansepart(await addKorrespondansepart(ctxOf(request), request.params.id, request.body), true)),
  );

  app.post(
    '/journalposter/:id/merknader',
    {
      schema: { tags, summary: 'Legg til merknad på journalposten', params: IdParams, body: MerknadSchema, response: { 201: MerknadBody } },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const row = await addJournalpostMerknad(ctx, request.params.id, request.body);
      return reply.code(201).send(presentMerknad({ ...row, registrert_av_navn: ctx.actor.navn }));
    },
  );
}
