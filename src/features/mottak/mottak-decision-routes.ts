import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { KorrespondansepartSchema } from '../journalpost/journalpost-schemas.js';
import { codesOf, DOKUMENTTYPE } from '../noark/domain/index.js';
import { CreateSaksmappeSchema, isoDate, MerknadSchema, optionalText, text } from '../saksmappe/saksmappe-schemas.js';
import { addGrunn, listGrunner, updateGrunn } from './arkivbegrensning-grunner.js';
import { arkivbegrensMottak } from './arkivbegrens-mottak.js';
import { MottakSummaryBody, presentSummary } from './mottak-presenter.js';
import { registerFromMottak } from './register-from-mottak.js';
import { receiveInnsynskravFromMottak } from '../innsynskrav/receive-from-mottak.js';
import { MAX_DELER } from '../innsynskrav/domain/innsynskrav-rules.js';

const tags = ['postmottak'];
const Id = z.object({ id: z.uuid() });

const RegistrationBody = z.strictObject({
  saksmappeId: z.uuid().optional().describe('En eksisterende sak …'),
  nySak: CreateSaksmappeSchema.optional().describe('… eller en ny sak, opprettet i samme steg'),
  tittel: text(1000),
  offentligTittel: optionalText(1000),
  beskrivelse: optionalText(),
  journalstatus: z.enum(['M', 'J']).optional().describe('M: midlertidig registrert; J (standard): journalført'),
  dokumentetsDato: isoDate.nullish(),
  forfallsdato: isoDate.nullish(),
  tilgangskode: z.string().trim().min(1).max(10).nullish(),
  skjermingshjemmel: optionalText(500),
  saksbehandlerId: z.uuid().nullish(),
  administrativEnhetId: z.uuid().nullish(),
  antallVedlegg: z.int().min(0).max(10000).nullish(),
  korrespondanseparter: z.array(KorrespondansepartSchema).max(500).optional().describe('Standard: avsenderen posten kom med, som EA'),
  merknader: z.array(MerknadSchema).max(100).optional(),
  dokumenter: z
    .array(z.strictObject({ filId: z.uuid(), tittel: optionalText(1000), dokumenttype: z.enum(codesOf(DOKUMENTTYPE)).optional() }))
    .max(200)
    .optional()
    .describe('Hvilke filer som blir dokumenter, i rekkefølge (første er hoveddokument); standard alle'),
});

const Grunn = z.object({ id: z.uuid(), navn: z.string(), aktiv: z.boolean(), rekkefolge: z.int() });

/** The archive's decisions on queued post: registration as a record, or arkivbegrensning; and the list of reasons. */
export async function mottakDecisionRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/mottak/:id/registrering',
    {
      schema: {
        tags,
        summary: 'Registrer posten som inngående journalpost (I) i en eksisterende eller ny sak; filene blir dokumentene, i ett steg',
        params: Id,
        body: RegistrationBody,
        response: {
          201: z.object({ mottak: MottakSummaryBody, journalpostId: z.uuid(), saksmappeId: z.uuid(), journalstatus: z.string() }),
        },
      },
    },
    async (request, reply) => {
      const { mottak, journalpost, saksmappeId } = await registerFromMottak(ctxOf(request), request.params.id, request.body);
      return reply
        .code(201)
        .send({ mottak: presentSummary(mottak), journalpostId: journalpost.id, saksmappeId, journalstatus: journalpost.journalstatus });
    },
  );

  app.post(
    '/mottak/:id/arkivbegrensning',
    {
      schema: {
        tags,
        summary: 'Hold posten utenfor arkivet (arkivbegrensning) med en grunn, og videresend den til adressaten',
        params: Id,
        body: z.strictObject({
          grunnId: z.uuid(),
          adressatBrukerId: z.uuid().nullish(),
          kommentar: optionalText(1000),
          epost: z.boolean().optional().describe('Send også posten med filene til adressatens e-postadresse (standard: når den finnes)'),
        }),
        response: { 200: MottakSummaryBody },
      },
    },
    async (request) => presentSummary(await arkivbegrensMottak(ctxOf(request), request.params.id, request.body)),
  );

  app.post(
    '/mottak/:id/innsynskrav',
    {
      schema: {
        tags,
        summary:
          'Registrer posten som innsynskrav i de journalpostene den ber om: egen sak, posten som inngående journalpost, fordelt til saksansvarlige, med lovens frist',
        params: Id,
        body: z.strictObject({
          nummer: z.array(z.string().trim().min(1).max(40)).min(1).max(MAX_DELER).describe('Journalpostnumre, som 2026/12-3'),
          navn: optionalText(200).describe('Standard: avsenderens navn'),
          epost: optionalText(320).describe('Standard: avsenderens e-postadresse; svaret går hit'),
        }),
        response: {
          201: z.object({
            mottak: MottakSummaryBody,
            innsynskravId: z.uuid(),
            journalpostId: z.uuid(),
            saksmappeId: z.uuid(),
            frist: z.string(),
          }),
        },
      },
    },
    async (request, reply) => {
      const { mottak, krav } = await receiveInnsynskravFromMottak(ctxOf(request), request.params.id, request.body);
      return reply.code(201).send({
        mottak: presentSummary(mottak),
        innsynskravId: krav.id,
        journalpostId: krav.journalpostId,
        saksmappeId: krav.saksmappeId,
        frist: krav.frist,
      });
    },
  );

  app.get(
    '/arkivbegrensning-grunner',
    { schema: { tags, summary: 'Organisasjonens grunner for arkivbegrensning', response: { 200: z.object({ items: z.array(Grunn) }) } } },
    async (request) => ({ items: await listGrunner(ctxOf(request)) }),
  );

  app.post(
    '/arkivbegrensning-grunner',
    {
      schema: {
        tags,
        summary: 'Ny grunn for arkivbegrensning (arkivet, systemansvarlig)',
        body: z.strictObject({ navn: text(200) }),
        response: { 201: Grunn },
      },
    },
    async (request, reply) => reply.code(201).send(await addGrunn(ctxOf(request), request.body.navn)),
  );

  app.put(
    '/arkivbegrensning-grunner/:id',
    {
      schema: {
        tags,
        summary: 'Endre navn på eller (de)aktiver en grunn for arkivbegrensning',
        params: Id,
        body: z.strictObject({ navn: text(200).optional(), aktiv: z.boolean().optional() }),
        response: { 200: Grunn },
      },
    },
    async (request) => updateGrunn(ctxOf(request), request.params.id, request.body),
  );
}
