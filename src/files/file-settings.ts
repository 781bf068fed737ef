import path from 'node:path';
import type { Config } from '../config.js';
import { LocalFileStore } from './local-file-store.js';
import type { FileStore } from './file-store.js';

const MIB = 1024 * 1024;

export interface FileSettings {
  /** `FILES_DIR`, default `${DATA_DIR}/files`. */
  filesDir: string;
  /** `MAX_UPLOAD_MB`, default 200. */
  maxUploadBytes: number;
  /** `PARTIAL_UPLOAD_MAX_AGE_MINUTES`, default 60: an unfinished upload file not written to for this long is swept away. */
  partialUploadMaxAgeMs: number;
}

/** Read from the environment next to Config (which stays owned by the foundation) — see docs/configuration.md. */
export function fileSettings(config: Pick<Config, 'dataDir'>, env: NodeJS.ProcessEnv = process.env): FileSettings {
  return {
    filesDir: path.resolve(env.FILES_DIR || path.join(config.dataDir, 'files')),
    maxUploadBytes: positive(env.MAX_UPLOAD_MB, 200) * MIB,
    partialUploadMaxAgeMs: positive(env.PARTIAL_UPLOAD_MAX_AGE_MINUTES, 60) * 60_000,
  };
}

/** The configured file store; the CLI and the demo loader use it too. */
export function createFileStore(settings: FileSettings): FileStore {
  return new LocalFileStore({ root: settings.filesDir });
}

function positive(value: string | undefined, fallback: number): number {
  const n = Number(value);
  return value && Number.isFinite(n) && n >= 0 ? n : fallback;
}
