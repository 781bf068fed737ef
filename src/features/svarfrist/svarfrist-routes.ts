import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf } from '../../http/request-context.js';
import { SVARFRIST_GRENSER } from './domain/svarfrist.js';
import { getSvarfrister } from './get-svarfrister.js';
import { setSvarfrister } from './set-svarfrister.js';

const tags = ['organisasjon'];
const { svarfristDager: normal, hasterSvarfristDager: urgent } = SVARFRIST_GRENSER;

const SvarfristerBody = z.object({
  svarfristDager: z.int(),
  hasterSvarfristDager: z.int(),
  /** Whether the reader may change them (the archive and the system owner). */
  kanEndre: z.boolean(),
});

/** The organisation's due dates for incoming post: ordinary and urgent (seed 001 fase 1). */
export async function svarfristRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisasjon/svarfrister',
    {
      schema: {
        tags,
        summary: 'Svarfrister for inngående post: dager fra mottatt dato til forfallsdato, vanlig og for brev som haster',
        response: { 200: SvarfristerBody },
      },
    },
    async (request) => getSvarfrister(ctxOf(request)),
  );

  app.put(
    '/organisasjon/svarfrister',
    {
      schema: {
        tags,
        summary: 'Endre svarfristene (arkivet, systemansvarlig); haster-fristen må være kortere',
        body: z.strictObject({
          svarfristDager: z.int().min(normal.min).max(normal.max).optional(),
          hasterSvarfristDager: z.int().min(urgent.min).max(urgent.max).optional(),
        }),
        response: { 200: SvarfristerBody },
      },
    },
    // Only those who may set them get here: they may change them still.
    async (request) => ({ ...(await setSvarfrister(ctxOf(request), request.body)), kanEndre: true }),
  );
}
