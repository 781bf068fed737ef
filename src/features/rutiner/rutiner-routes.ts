import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import type { ActivityDefinition, Objekt } from './domain/routine.js';
import { listAktiviteter } from './list-aktiviteter.js';

const tags = ['rutiner'];
const params = z.object({ id: z.uuid() });
const Tekst = z.object({ nb: z.string(), en: z.string() });
const Aktiviteter = z.object({
  versjon: z.number().int(),
  items: z.array(
    z.object({
      id: z.string(),
      navn: Tekst,
      beskrivelse: Tekst,
      parametre: z.record(z.string(), z.string()).optional(),
      gruppe: z.string().optional(),
    }),
  ),
});

/** What a person sees of an activity: its id (the UI's form), its words and fixed arguments; never its conditions. */
const present = ({ versjon, aktiviteter }: { versjon: number; aktiviteter: ActivityDefinition[] }) => ({
  versjon,
  items: aktiviteter.map((a) => ({
    id: a.id,
    navn: a.navn,
    beskrivelse: a.beskrivelse,
    ...(a.parametre && { parametre: a.parametre }),
    ...(a.gruppe && { gruppe: a.gruppe }),
  })),
});

/** The routine's activities open to the acting person on a record or a case (issue 14 item 5; docs/routines.md). */
export async function rutinerRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const route = (path: string, objekt: Objekt, what: string) =>
    app.get(
      path,
      { schema: { tags, summary: `Aktivitetene rutinen tilbyr den innloggede på ${what} nå`, params, response: { 200: Aktiviteter } } },
      async (request) => present(await listAktiviteter(ctxOf(request), objekt, request.params.id)),
    );
  route('/journalposter/:id/aktiviteter', 'journalpost', 'journalposten');
  route('/saksmapper/:id/aktiviteter', 'saksmappe', 'saksmappen');
}
