import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { KANALER } from './domain/kanal.js';
import { ekspederJournalpost } from './ekspeder-journalpost.js';
import { presentSvarOgEkspedering } from './ekspedering-presenter.js';
import { MAX_MOTTAKERE } from './ekspedering-repository.js';
import { getSvarOgEkspedering } from './get-svar-og-ekspedering.js';

const tags = ['besvarelse og ekspedering'];
const params = z.object({ id: z.uuid() });
const Kanal = z.enum(KANALER);
const Svarmaate = z.enum(['avskriv', 'forelopig', 'uten']);
const Lenke = z.object({
  id: z.uuid(),
  registreringsID: z.string(),
  journalposttype: z.string(),
  journalstatus: z.string(),
  svarmaate: Svarmaate,
});

export const SvarOgEkspederingBody = z.object({
  /** The reader may answer the record now («Besvar», «Foreløpig svar», «Besvar uten å avskrive», «Avskriv»). */
  kanBesvare: z.boolean(),
  /** The record is finished (F) and the reader may dispatch it («Ekspeder»). */
  kanEkspedere: z.boolean(),
  besvarer: z.array(Lenke),
  besvartAv: z.array(Lenke),
  avskrivninger: z.array(
    z.object({
      id: z.uuid(),
      avskrivningsmaate: z.string(),
      avskrivningsdato: z.string(),
      avskrevetAv: z.string().nullable(),
      referanseAvskrivesAvJournalpost: z.uuid().nullable(),
      mottaker: z.string().nullable(),
      merknad: z.string().nullable(),
    }),
  ),
  ekspedering: z.array(
    z.object({
      id: z.uuid(),
      korrespondansepartId: z.uuid(),
      mottaker: z.string(),
      kanal: Kanal,
      status: z.enum(['venter', 'sendt', 'feilet']),
      ekspedertDato: z.date(),
      sendtDato: z.date().nullable(),
      feilmelding: z.string().nullable(),
    }),
  ),
  forslag: z.array(
    z.object({
      korrespondansepartId: z.uuid(),
      korrespondanseparttype: z.string(),
      mottaker: z.string(),
      kanal: Kanal,
      muligeKanaler: z.array(Kanal),
    }),
  ),
});

/** Answers and dispatch on a record: what it answers and is answered by, its write-offs, «Ekspeder». */
export async function ekspederingRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/journalposter/:id/svar',
    {
      schema: {
        tags,
        summary:
          'Journalpostens svar (besvarer / besvart av), avskrivninger og ekspedering per mottaker, med foreslått kanal før ekspedering',
        params,
        response: { 200: SvarOgEkspederingBody },
      },
    },
    async (request) => presentSvarOgEkspedering(await getSvarOgEkspedering(ctxOf(request), request.params.id)),
  );

  app.post(
    '/journalposter/:id/ekspedering',
    {
      schema: {
        tags,
        summary:
          'Ekspeder en ferdig journalpost (F → E) til mottakerne: interne med en gang, eksterne via kanalens jobb; avskriver det den besvarer',
        params,
        body: z.strictObject({
          mottakere: z
            .array(z.strictObject({ korrespondansepartId: z.uuid(), kanal: Kanal }))
            .max(MAX_MOTTAKERE)
            .optional(),
        }),
        response: {
          200: z.object({
            id: z.uuid(),
            journalstatus: z.string(),
            mottakere: z.array(z.object({ korrespondansepartId: z.uuid(), kanal: Kanal, status: z.string() })),
            avskrevet: z.array(z.uuid()),
          }),
        },
      },
    },
    async (request) => ekspederJournalpost(ctxOf(request), request.params.id, request.body),
  );
}
