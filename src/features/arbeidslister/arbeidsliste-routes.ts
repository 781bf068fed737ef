import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { pageBody, pageQuery } from '../../shared/paging.js';
import { countArbeidslister } from './count-arbeidslister.js';
import { ARBEIDSLISTER } from './domain/worklists.js';
import { listArbeidsliste } from './list-arbeidsliste.js';

const tags = ['arbeidslister'];

const Item = z.object({
  oppgaveId: z.uuid().nullable(),
  oppgavetype: z.string().nullable(),
  saksmappeId: z.uuid(),
  saksnummer: z.string(),
  saksstatus: z.string(),
  journalpost: z
    .object({ id: z.uuid(), journalpostId: z.string(), journalposttype: z.string(), journalstatus: z.string(), journaldato: z.string() })
    .nullable(),
  tittel: z.string(),
  tilgangskode: z.string().nullable(),
  fullTilgang: z.boolean(),
  merknad: z.string().nullable(),
  forelopigSvar: z.boolean(),
  fra: z.string().nullable(),
  opprettetDato: z.date().nullable(),
  frist: z.string().nullable(),
  /** Overdue or due within 5 days. */
  rod: z.boolean(),
  enhet: z.string().nullable(),
  saksbehandler: z.string().nullable(),
  /** The record is an access request: its decision page (/innsynskrav/:id). */
  innsynskravId: z.uuid().nullable(),
});

/** The worklists of the active role, and each one a page at a time. */
export async function arbeidslisteRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/arbeidslister',
    {
      schema: {
        tags,
        summary: 'Mine arbeidslister og antall i hver (startsiden)',
        response: { 200: z.object({ items: z.array(z.object({ liste: z.enum(ARBEIDSLISTER), antall: z.int() })) }) },
      },
    },
    async (request) => countArbeidslister(ctxOf(request)),
  );

  app.get(
    '/arbeidslister/:liste',
    {
      schema: {
        tags,
        summary:
          'En arbeidsliste: ubesvarte, til-fordeling, kopier, mine-saker, restanser, obs-dato, feilet-ekspedering; for arkivet arkivets-ko, midlertidige, nye-saker, til-journalforing, onskes-avsluttet, forfalte-innsynskrav',
        params: z.object({ liste: z.enum(ARBEIDSLISTER) }),
        querystring: z.strictObject(pageQuery(50, 200)),
        response: { 200: pageBody(Item) },
      },
    },
    async (request) => listArbeidsliste(ctxOf(request), request.params.liste, request.query),
  );
}
