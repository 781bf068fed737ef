import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { createFileStore, fileSettings } from '../../files/file-settings.js';
import { ctxOf } from '../../http/request-context.js';
import { KorrespondansepartSchema } from '../journalpost/journalpost-schemas.js';
import { optionalText } from '../saksmappe/saksmappe-schemas.js';
import { besvarJournalpost } from './besvar-journalpost.js';
import { MAX_BESVARTE } from './besvarelse-repository.js';
import { SVARMAATER, SVARTYPER } from './domain/besvar-rules.js';

const tags = ['besvarelse og ekspedering'];
const params = z.object({ id: z.uuid() });

/** «Besvar», «Foreløpig svar», «Besvar uten å avskrive» on an incoming record or a note. */
export async function besvarelseRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const plain = createFileStore(fileSettings(app.deps.config));

  app.post(
    '/journalposter/:id/besvar',
    {
      schema: {
        tags,
        summary:
          'Besvar en inngående journalpost eller et notat: nytt utgående brev eller notat fra mal i samme sak, koblet som svar (avskriv ved ekspedering, foreløpig svar eller uten avskrivning)',
        params,
        body: z.strictObject({
          svarmaate: z.enum(SVARMAATER),
          journalposttype: z.enum(SVARTYPER),
          brevmalId: z.uuid(),
          tittel: optionalText(1000),
          offentligTittel: optionalText(1000),
          tilgangskode: z.string().trim().min(1).max(10).nullish(),
          skjermingshjemmel: optionalText(500),
          korrespondanseparter: z.array(KorrespondansepartSchema).max(100).optional(),
          ogsaBesvarer: z
            .array(z.uuid())
            .max(MAX_BESVARTE - 1)
            .optional(),
        }),
        response: { 201: z.object({ id: z.uuid(), besvarer: z.array(z.uuid()), svarmaate: z.enum(SVARMAATER) }) },
      },
    },
    async (request, reply) => {
      return reply.code(201).send(await besvarJournalpost(ctxOf(request), plain, request.params.id, request.body));
    },
  );
}
