import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ARKIVDELSTATUS,
  AVSKRIVNINGSMAATE,
  DOKUMENTMEDIUM,
  DOKUMENTSTATUS,
  DOKUMENTTYPE,
  JOURNALPOSTTYPE,
  JOURNALSTATUS,
  KORRESPONDANSEPARTTYPE,
  SAKSSTATUS,
  SKJERMING_METADATA,
  TILGANGSKODE,
  TILKNYTTET_REGISTRERING_SOM,
  VARIANTFORMAT,
  type CodeEntry,
} from '../noark/domain/index.js';
import { INNSYN_HJEMLER } from '../innsynskrav/domain/innsynskrav-rules.js';

/** The Noark code lists the UI offers, from the domain data, so labels never drift from the rules. */
const LISTS = {
  saksstatus: SAKSSTATUS,
  journalstatus: JOURNALSTATUS,
  journalposttype: JOURNALPOSTTYPE,
  korrespondanseparttype: KORRESPONDANSEPARTTYPE,
  tilgangskode: TILGANGSKODE,
  arkivdelstatus: ARKIVDELSTATUS,
  dokumentmedium: DOKUMENTMEDIUM,
  dokumenttype: DOKUMENTTYPE,
  dokumentstatus: DOKUMENTSTATUS,
  tilknyttetRegistreringSom: TILKNYTTET_REGISTRERING_SOM,
  variantformat: VARIANTFORMAT,
  avskrivningsmaate: AVSKRIVNINGSMAATE,
  skjermingMetadata: SKJERMING_METADATA,
  /** Legal bases for refusing access (offentleglova), for access requests. */
  innsynHjemmel: INNSYN_HJEMLER,
} satisfies Record<string, readonly CodeEntry[]>;

const Entry = z.object({
  code: z.string(),
  nb: z.string(),
  en: z.string(),
  skjermingshjemmel: z.string().nullable().optional(),
  taushetsplikt: z.boolean().optional(),
});

export async function kodelisteRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/kodelister',
    {
      schema: {
        tags: ['kodelister'],
        summary: 'Noark-kodelister med norske og engelske navn',
        response: { 200: z.record(z.string(), z.array(Entry)) },
      },
    },
    async () => Object.fromEntries(Object.entries(LISTS).map(([name, list]) => [name, list.map((e) => ({ ...e }))])),
  );
}
