import { enterTenant } from '../../db/tenant.js';
import { requireRole } from '../../shared/authorize.js';
import type { Ctx } from '../../shared/context.js';
import { DomainError, fieldError } from '../../shared/errors.js';
import type { Rolle } from '../../shared/roles.js';
import { hashPassword } from '../auth/password.js';
import { insertAssignment } from './assign-role.js';
import { organisationRepository as repo } from './organisation-repository.js';

export interface CreateUserInput {
  brukernavn: string;
  navn: string;
  epost?: string | null | undefined;
  passord?: string | undefined;
  /** Precomputed hash (demo loader: one hash for many demo users). */
  passordHash?: string | undefined;
  rolle: Rolle;
  enhetId?: string | null | undefined;
  /** A dedicated integration user: no password, acts only through API tokens the system owner makes for it. */
  integrasjon?: boolean | undefined;
}

export const MIN_PASSWORD_LENGTH = 8;

/** Creates a user with a first role in the active organisation, in one transaction. */
export async function createUser(ctx: Ctx, input: CreateUserInput) {
  requireRole(ctx, ['SYS'], { nb: 'opprette brukere', en: 'create users' });
  const brukernavn = input.brukernavn.trim().toLowerCase();
  if (!/^[a-z0-9._@-]{2,100}$/.test(brukernavn)) {
    throw fieldError(
      'brukernavn',
      'kan bare ha små bokstaver, sifre og . _ @ -',
      'may only contain lower-case letters, digits and . _ @ -',
    );
  }
  if (input.passord !== undefined && input.passord.length < MIN_PASSWORD_LENGTH) {
    throw fieldError('passord', `må ha minst ${MIN_PASSWORD_LENGTH} tegn`, `must have at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (input.integrasjon && (input.passord || input.passordHash)) {
    throw fieldError(
      'passord',
      'en integrasjonsbruker logger ikke inn og har ikke passord',
      'an integration user does not log in and has no password',
    );
  }
  const passordHash = input.passordHash ?? (input.passord ? await hashPassword(input.passord) : null);
  return ctx.db.transaction().execute(async (tx) => {
    if (await repo.findUserByUsername(tx, brukernavn)) {
      throw new DomainError('ALREADY_EXISTS', {
        nb: `Brukernavnet ${brukernavn} er opptatt.`,
        en: `The user name ${brukernavn} is taken.`,
      });
    }
    const user = await repo.insertUser(tx, {
      brukernavn,
      navn: input.navn.trim(),
      epost: input.epost ?? null,
      passordHash,
      integrasjon: input.integrasjon ?? false,
    });
    await enterTenant(tx, ctx);
    const rolletildeling = await insertAssignment(ctx, tx, user.id, { rolle: input.rolle, enhetId: input.enhetId });
    return { ...user, rolletildelingId: rolletildeling.id };
  });
}
