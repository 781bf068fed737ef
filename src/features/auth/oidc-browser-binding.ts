import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { sha256 } from '../../shared/tokens.js';

/**
 * Binds a pending OIDC login to the browser that started it (against login
 * CSRF: an attacker must not be able to finish their own login in a victim's
 * browser). The browser gets a short-lived cookie `state.binding.signature`;
 * the database row keeps only the binding's hash. The callback needs both: the
 * cookie's state must equal the returned state and its binding must hash to
 * the stored one. The signature key is derived from the OIDC client secret,
 * so every server of an installation shares it; without a secret it is
 * random per process.
 */
export interface BrowserBinding {
  state: string;
  binding: string;
  bindingHash: string;
  cookie: string;
}

export const OIDC_COOKIE = 'saksgang_oidc';
export const OIDC_COOKIE_MAX_AGE_SECONDS = 10 * 60;

const randomKey = randomBytes(32);
const keyFor = (clientSecret: string) =>
  clientSecret ? createHmac('sha256', clientSecret).update('saksgang oidc browser binding').digest() : randomKey;
const sign = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('base64url');

export function newBrowserBinding(state: string, clientSecret: string): BrowserBinding {
  const binding = randomBytes(32).toString('base64url');
  const text = `${state}.${binding}`;
  return { state, binding, bindingHash: sha256(binding), cookie: `${text}.${sign(keyFor(clientSecret), text)}` };
}

/** The state and binding hash the cookie vouches for, or null when it is missing, altered or for another state. */
export function readBrowserBinding(
  cookie: string | undefined,
  expectedState: string,
  clientSecret: string,
): { bindingHash: string } | null {
  const parts = cookie?.split('.');
  if (!parts || parts.length !== 3) return null;
  const [state, binding, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(keyFor(clientSecret), `${state}.${binding}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  if (!expectedState || state !== expectedState) return null;
  return { bindingHash: sha256(binding) };
}
