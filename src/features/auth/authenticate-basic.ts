import type { SystemCtx } from '../../shared/context.js';
import { authenticateUser, type Authenticated } from './authenticate.js';
import { verifyPasswordAttempt } from './verify-password-attempt.js';

/**
 * HTTP Basic for the Noark 5 API (integrations that cannot hold a session):
 * the password is checked as a login is, under the same limits, and the
 * caller acts in their first role assignment. Each request hashes the
 * password, so an integration that calls often should use an API token.
 */
export async function authenticateBasic(ctx: SystemCtx, brukernavn: string, passord: string, ip: string): Promise<Authenticated> {
  const user = await verifyPasswordAttempt(ctx, brukernavn, passord, ip);
  return authenticateUser(ctx, user.id);
}

/** The user name and password of an `Authorization: Basic …` header, or null when it is not one. */
export function basicCredentials(header: string | undefined): { brukernavn: string; passord: string } | null {
  const encoded = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '')?.[1];
  if (!encoded) return null;
  const text = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = text.indexOf(':');
  if (colon < 1) return null;
  return { brukernavn: text.slice(0, colon), passord: text.slice(colon + 1) };
}
