import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { OPPGAVETYPER } from '../oppgaver/domain/task-kinds.js';
import { listVarsler } from './list-varsler.js';
import { markVarselLest } from './mark-varsel-lest.js';
import { getVarselInnstilling, setVarselInnstilling } from './varsel-innstilling.js';

const tags = ['varsler'];

const Varsel = z.object({
  id: z.uuid(),
  oppgaveId: z.uuid(),
  oppgavetype: z.enum(OPPGAVETYPER),
  registreringsId: z.string(),
  saksmappeId: z.uuid(),
  journalpostId: z.uuid().nullable(),
  frist: z.string().nullable(),
  fra: z.string(),
  opprettetDato: z.date(),
  lest: z.boolean(),
});

const Innstilling = z.object({ epost: z.boolean(), epostadresse: z.string().nullable() });

/** The user's notifications in the app and the choice of e-mail. */
export async function varselRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/varsler',
    {
      schema: {
        tags,
        summary: 'Mine varsler om nye oppgaver, nyeste først, med antall uleste',
        querystring: z.strictObject(pageQuery(20, 100)),
        response: { 200: pageBody(Varsel).extend({ uleste: z.int() }) },
      },
    },
    async (request) => listVarsler(ctxOf(request), request.query),
  );

  app.post(
    '/varsler/:id/lest',
    {
      schema: {
        tags,
        summary: 'Markerer et av mine varsler som lest',
        params: z.object({ id: z.uuid() }),
        response: { 200: z.object({ id: z.uuid() }) },
      },
    },
    async (request) => markVarselLest(ctxOf(request), request.params.id),
  );

  app.get(
    '/varsler/innstilling',
    { schema: { tags, summary: 'Om jeg vil ha varsler på e-post også', response: { 200: Innstilling } } },
    async (request) => getVarselInnstilling(ctxOf(request)),
  );

  app.put(
    '/varsler/innstilling',
    {
      schema: {
        tags,
        summary: 'Slår varsel på e-post av eller på',
        body: z.strictObject({ epost: z.boolean() }),
        response: { 200: Innstilling },
      },
    },
    async (request) => setVarselInnstilling(ctxOf(request), request.body),
  );
}
