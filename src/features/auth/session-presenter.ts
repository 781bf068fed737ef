import { z } from 'zod';
import { ROLLE_NAVN } from '../../shared/roles.js';
import type { Authenticated } from './authenticate.js';

const MessageSchema = z.object({ nb: z.string(), en: z.string() });

export const SessionBody = z.object({
  bruker: z.object({ id: z.uuid(), brukernavn: z.string(), navn: z.string() }),
  roller: z.array(
    z.object({
      id: z.uuid(),
      rolle: z.string(),
      rolleNavn: MessageSchema,
      organisasjon: z.object({ id: z.uuid(), navn: z.string(), kortnavn: z.string(), organisasjonsnummer: z.string() }),
      enhet: z.object({ id: z.uuid(), navn: z.string() }).nullable(),
    }),
  ),
  aktivRolleId: z.uuid().nullable(),
  csrfToken: z.string(),
});
export type SessionBody = z.infer<typeof SessionBody>;

export function presentSession(auth: Authenticated): SessionBody {
  return {
    bruker: { id: auth.actor.brukerId, brukernavn: auth.actor.brukernavn, navn: auth.actor.navn },
    roller: auth.roles.map((r) => ({
      id: r.id,
      rolle: r.rolle,
      rolleNavn: ROLLE_NAVN[r.rolle],
      organisasjon: {
        id: r.organisasjonId,
        navn: r.organisasjonNavn,
        kortnavn: r.organisasjonKortnavn,
        organisasjonsnummer: r.organisasjonsnummer,
      },
      enhet: r.enhetId && r.enhetNavn ? { id: r.enhetId, navn: r.enhetNavn } : null,
    })),
    aktivRolleId: auth.role?.rolletildelingId ?? null,
    csrfToken: auth.csrfToken ?? '',
  };
}
