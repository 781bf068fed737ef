import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ctxOf, requireAuth, systemCtx } from '../../http/request-context.js';
import { DokumentbeskrivelseBody, presentDokument } from '../dokumenter/dokument-presenter.js';
import { createDocumentStores } from './document-stores.js';
import { markPersonsensitiv } from './mark-personsensitiv.js';
import { secureZoneSettings } from './secure-zone-settings.js';
import { leaveSecureZone, stepUpStatus, stepUpWithPassword } from './step-up.js';

const tags = ['sikker sone'];
const StepUpBody = z.object({
  /** Until when this session opens secure-zone files; null when it does not now. */
  sikkerSoneTil: z.date().nullable(),
  /** How long a second step lasts (SECURE_ZONE_STEP_UP_MINUTES). */
  minutter: z.number(),
});

/** The secure zone: the second login step and moving documents in. */
export async function sikkerSoneRoutes(base: FastifyInstance): Promise<void> {
  const app = base.withTypeProvider<ZodTypeProvider>();
  const settings = secureZoneSettings(app.deps.config);
  const stores = createDocumentStores(app.deps.config, app.log);
  const present = (until: Date | null) => ({ sikkerSoneTil: until, minutter: settings.stepUpMinutes });

  app.get(
    '/sikker-sone/steg-opp',
    { schema: { tags, summary: 'Om økten har et gyldig ekstra innloggingssteg for sikker sone', response: { 200: StepUpBody } } },
    async (request) => present(await stepUpStatus(systemCtx(request), requireAuth(request).sessionTokenHash)),
  );

  app.post(
    '/sikker-sone/steg-opp',
    {
      schema: {
        tags,
        summary: 'Åpne sikker sone for en kort stund ved å skrive passordet på nytt',
        body: z.strictObject({ passord: z.string().min(1).max(500) }),
        response: { 200: StepUpBody },
      },
    },
    async (request) => {
      const auth = requireAuth(request);
      const until = await stepUpWithPassword(systemCtx(request), {
        sessionTokenHash: auth.sessionTokenHash,
        brukerId: auth.actor.brukerId,
        passord: request.body.passord,
        ip: request.ip,
        minutes: settings.stepUpMinutes,
      });
      return present(until);
    },
  );

  app.delete('/sikker-sone/steg-opp', { schema: { tags, summary: 'Lukk sikker sone for økten nå' } }, async (request, reply) => {
    await leaveSecureZone(systemCtx(request), requireAuth(request).sessionTokenHash);
    return reply.code(204).send();
  });

  app.post(
    '/dokumentbeskrivelser/:id/personsensitiv',
    {
      schema: {
        tags,
        summary: 'Flytt dokumentet til sikker sone (kan ikke angres): filene krypteres i sikkert lager, vanlig kopi slettes',
        params: z.object({ id: z.uuid() }),
        response: { 200: DokumentbeskrivelseBody },
      },
    },
    async (request) => presentDokument(await markPersonsensitiv(ctxOf(request), stores, request.params.id)),
  );
}
