import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { PasswordHashingConfig } from '../../config.js';
import { HashSlots } from './hash-slots.js';

/**
 * Passwords are hashed with scrypt (memory-hard KDF, built into Node).
 * The parameters are stored in the hash, so the cost can be raised later
 * and old hashes still verify. Format: scrypt$logN$r$p$salt$hash (base64url).
 */
const DEFAULT_LOG_N = Number(process.env.PASSWORD_HASH_LOG_N ?? 17);
const R = 8;
const P = 1;
const KEY_LENGTH = 32;

/** Every hash in the process goes through these slots (see hash-slots.ts); the app sets the bounds from config. */
export const hashSlots = new HashSlots(2, 32);

export function configurePasswordHashing(config: PasswordHashingConfig): void {
  hashSlots.configure(config.concurrency, config.queue);
}

function scrypt(password: string, salt: Buffer, logN: number, r: number, p: number): Promise<Buffer> {
  const N = 2 ** logN;
  const options: ScryptOptions = { N, r, p, maxmem: 256 * N * r };
  return hashSlots.run(
    () =>
      new Promise((resolve, reject) =>
        scryptCb(password.normalize('NFC'), salt, KEY_LENGTH, options, (err, key) => (err ? reject(err) : resolve(key))),
      ),
  );
}

export async function hashPassword(password: string, logN = DEFAULT_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, logN, R, P);
  return ['scrypt', logN, R, P, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const parts = stored?.split('$');
  if (!parts || parts.length !== 6 || parts[0] !== 'scrypt') {
    // Spend comparable time so an unknown user cannot be told apart by timing.
    await scrypt(password, randomBytes(16), DEFAULT_LOG_N, R, P);
    return false;
  }
  const [, logN, r, p, salt, expected] = parts as [string, string, string, string, string, string];
  const key = await scrypt(password, Buffer.from(salt, 'base64url'), Number(logN), Number(r), Number(p));
  const want = Buffer.from(expected, 'base64url');
  return want.length === key.length && timingSafeEqual(want, key);
}
