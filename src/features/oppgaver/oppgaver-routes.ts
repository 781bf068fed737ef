import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { avskrivJournalpost } from './avskriv-journalpost.js';
import { closeTask } from './close-task.js';
import { AVSKRIVNINGSMAATER } from './domain/avskrivning.js';
import { ARKIVMELDINGER } from './domain/task-kinds.js';
import { fordelJournalpost } from './fordel-journalpost.js';
import { meldTilArkivet } from './meld-til-arkivet.js';
import { omfordelJournalpost } from './omfordel-journalpost.js';
import { MAX_KOPIMOTTAKERE, sendKopi } from './send-kopi.js';

const tags = ['oppgaver og fordeling'];
const params = z.object({ id: z.uuid() });
const dato = z.iso.date();
const tekst = z.string().max(4000);
const Mottaker = z.union([z.strictObject({ brukerId: z.uuid() }), z.strictObject({ enhetId: z.uuid() })]);

/** The routine's steps on tasks and records: distribute, redistribute, copy, read, message the archive, write off. */
export async function oppgaverRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/oppgaver/:id/fordel',
    {
      schema: {
        tags,
        summary: 'Leder (eller stedfortreder) fordeler en journalpost fra «Til fordeling» til en saksbehandler, med frist og merknad',
        params,
        body: z.strictObject({ saksbehandlerId: z.uuid(), frist: dato.nullish(), merknad: tekst.nullish() }),
        response: { 200: z.object({ oppgaveId: z.uuid() }) },
      },
    },
    async (request) => fordelJournalpost(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/oppgaver/:id/lest',
    {
      schema: { tags, summary: 'Kopimottakeren markerer en kopi som lest', params, response: { 200: z.object({ id: z.uuid() }) } },
    },
    async (request) => closeTask(ctxOf(request), request.params.id, 'lest'),
  );

  app.post(
    '/oppgaver/:id/utfort',
    {
      schema: {
        tags,
        summary: 'Arkivet lukker en oppgave i arkivets kø (feilfordelt, endring, merknad) som utført',
        params,
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => closeTask(ctxOf(request), request.params.id, 'utfoert'),
  );

  app.post(
    '/journalposter/:id/omfordeling',
    {
      schema: {
        tags,
        summary: 'Fordeler en journalpost videre til en annen saksbehandler eller enhet, med begrunnelse',
        params,
        body: z.strictObject({ til: Mottaker, begrunnelse: z.string().min(1).max(4000) }),
        response: { 200: z.object({ oppgaveId: z.uuid() }) },
      },
    },
    async (request) => omfordelJournalpost(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/journalposter/:id/kopi',
    {
      schema: {
        tags,
        summary: '«Kopi til»: personer eller enheter får journalposten til orientering (kopimottakere leser den)',
        params,
        body: z.strictObject({ mottakere: z.array(Mottaker).min(1).max(MAX_KOPIMOTTAKERE), merknad: tekst.nullish() }),
        response: { 200: z.object({ oppgaveIder: z.array(z.uuid()) }) },
      },
    },
    async (request) => sendKopi(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/journalposter/:id/melding-til-arkivet',
    {
      schema: {
        tags,
        summary: 'Saksbehandlerens kontroll ved mottak: feilfordelt, be om endret tittel eller sak, eller merknad, til arkivets kø',
        params,
        body: z.strictObject({ type: z.enum(ARKIVMELDINGER), merknad: z.string().min(1).max(4000) }),
        response: { 200: z.object({ oppgaveId: z.uuid() }) },
      },
    },
    async (request) => meldTilArkivet(ctxOf(request), request.params.id, request.body),
  );

  app.post(
    '/journalposter/:id/avskrivning',
    {
      schema: {
        tags,
        summary: 'Avskriver en inngående journalpost (I) eller et notat (N): avskrivningsmåte og merknad (påkrevd for TLF)',
        params,
        body: z.strictObject({ avskrivningsmaate: z.enum(AVSKRIVNINGSMAATER), merknad: tekst.nullish() }),
        response: { 200: z.object({ id: z.uuid(), avskrivningsdato: z.string() }) },
      },
    },
    async (request) => avskrivJournalpost(ctxOf(request), request.params.id, request.body),
  );
}
