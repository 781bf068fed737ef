import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config.js';
import type { FileStore } from '../../files/file-store.js';
import type { Log } from '../../shared/context.js';
import { DomainError } from '../../shared/errors.js';
import { SecureFileStore } from './secure-file-store.js';

export interface SecureZoneSettings {
  /** `SECURE_ZONE_KEY_FILE`: 32 bytes (raw, hex or base64). Unset outside production: a generated development key. */
  keyFile: string | undefined;
  /** Where a development key is generated when no key file is configured (never in production). */
  devKeyFile: string | undefined;
  /** `SECURE_FILES_DIR`, default `${DATA_DIR}/secure-files`. */
  filesDir: string;
  /** `SECURE_ZONE_STEP_UP_MINUTES`, default 10: how long a second login step opens the secure zone. */
  stepUpMinutes: number;
}

/** Read apart from the ordinary file settings (see docs/configuration.md). */
export function secureZoneSettings(config: Pick<Config, 'dataDir'>, env: NodeJS.ProcessEnv = process.env): SecureZoneSettings {
  const minutes = Number(env.SECURE_ZONE_STEP_UP_MINUTES);
  return {
    keyFile: env.SECURE_ZONE_KEY_FILE ? path.resolve(env.SECURE_ZONE_KEY_FILE) : undefined,
    devKeyFile: env.NODE_ENV === 'production' ? undefined : path.resolve(config.dataDir, 'secure-zone-dev.key'),
    filesDir: path.resolve(env.SECURE_FILES_DIR || path.join(config.dataDir, 'secure-files')),
    stepUpMinutes: env.SECURE_ZONE_STEP_UP_MINUTES && Number.isFinite(minutes) && minutes > 0 ? minutes : 10,
  };
}

export const secureZoneUnavailable = () =>
  new DomainError('SECURE_ZONE_UNAVAILABLE', {
    nb: 'Sikker sone er ikke satt opp (SECURE_ZONE_KEY_FILE mangler). Kontakt systemansvarlig.',
    en: 'The secure zone is not configured (SECURE_ZONE_KEY_FILE is missing). Contact the system owner.',
  });

/**
 * The secure store, opened lazily: the key is read only when a secure file
 * is stored or opened, so a server without a key still runs the ordinary
 * zone and refuses only secure-zone work.
 */
export function lazySecureFileStore(settings: SecureZoneSettings, log: Log): FileStore {
  let store: SecureFileStore | undefined;
  const get = () => (store ??= new SecureFileStore(settings.filesDir, loadKey(settings, log)));
  return {
    put: (org, source, expected) => get().put(org, source, expected),
    open: (org, sha256, size, onMismatch) => get().open(org, sha256, size, onMismatch),
    has: (org, sha256) => get().has(org, sha256),
    remove: (org, sha256) => get().remove(org, sha256),
  };
}

function loadKey(settings: SecureZoneSettings, log: Log): Buffer {
  if (settings.keyFile) return parseKey(fs.readFileSync(settings.keyFile), settings.keyFile);
  if (!settings.devKeyFile) throw secureZoneUnavailable();
  if (!fs.existsSync(settings.devKeyFile)) {
    fs.mkdirSync(path.dirname(settings.devKeyFile), { recursive: true });
    fs.writeFileSync(settings.devKeyFile, randomBytes(32).toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
    log.warn(
      { keyFile: settings.devKeyFile },
      'secure zone: generated a DEVELOPMENT key under the data directory; in production set SECURE_ZONE_KEY_FILE to a key kept apart from DATA_DIR',
    );
  }
  return parseKey(fs.readFileSync(settings.devKeyFile), settings.devKeyFile);
}

/** A key file holds 32 bytes: raw, 64 hex digits or base64. */
export function parseKey(content: Buffer, file: string): Buffer {
  if (content.length === 32) return content;
  const text = content.toString('utf8').trim();
  if (/^[0-9a-f]{64}$/i.test(text)) return Buffer.from(text, 'hex');
  const decoded = Buffer.from(text, 'base64');
  if (decoded.length === 32) return decoded;
  throw new Error(`${file}: the secure zone key must be 32 bytes (raw, 64 hex digits or base64)`);
}
