import { enterTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, notFound } from '../../shared/errors.js';
import { logChanges } from '../endringslogg/log-changes.js';
import { organisationRepository as orgRepo } from '../organisations/organisation-repository.js';
import { authRepository as repo } from './auth-repository.js';

export interface SetOidcIdentityInput {
  brukernavn: string;
  issuer: string;
  /** The provider's subject identifier (`sub`) for this person; null removes the link. */
  subject: string | null;
}

/**
 * The system owner links a user to an identity at the provider (issuer +
 * subject), the mapping a first OIDC login needs. Only users of the active
 * organisation; others are "not found" like unknown names.
 */
export async function setOidcIdentity(ctx: Ctx, input: SetOidcIdentityInput) {
  requireRole(ctx, ['SYS'], { nb: 'koble brukere til innloggingstjenesten', en: 'link users to the identity provider' });
  const brukernavn = input.brukernavn.trim().toLowerCase();
  return ctx.db.transaction().execute(async (tx) => {
    const user = await orgRepo.findUserByUsername(tx, brukernavn);
    if (!user || !(await orgRepo.belongsTo(tx, user.id, ctx.role.organisasjonId)))
      throw notFound({ nb: 'brukeren', en: 'user' }, brukernavn);
    if (input.subject) {
      const taken = await repo.findUserByOidc(tx, input.issuer, input.subject);
      if (taken && taken.id !== user.id) {
        throw new DomainError('ALREADY_EXISTS', {
          nb: 'Denne identiteten er allerede koblet til en annen bruker.',
          en: 'This identity is already linked to another user.',
        });
      }
    }
    const before = identity(user.oidc_issuer, user.oidc_subject);
    await repo.setOidcIdentity(tx, user.id, input.subject ? input.issuer : null, input.subject);
    await enterTenant(tx, ctx);
    await logChanges(tx, 'bruker', user.id, { oidcIdentitet: before }, { oidcIdentitet: identity(input.issuer, input.subject) });
  });
}

const identity = (issuer: string | null, subject: string | null) => (subject ? `${issuer} ${subject}` : null);
