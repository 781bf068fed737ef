import type { SofficeOptions } from './soffice.js';

/**
 * LibreOffice for archival formats, from the environment (docs/configuration.md):
 * `SOFFICE_PATH` (default `soffice` on PATH; Debian's package
 * `libreoffice-writer-nogui` installs it) and `ARKIVFORMAT_TIMEOUT_SECONDS`
 * (default 120), after which one conversion is stopped.
 */
export function officeSettings(env: NodeJS.ProcessEnv = process.env): SofficeOptions {
  const seconds = Number(env.ARKIVFORMAT_TIMEOUT_SECONDS);
  return {
    sofficePath: env.SOFFICE_PATH?.trim() || 'soffice',
    timeoutMs: (Number.isFinite(seconds) && seconds > 0 ? seconds : 120) * 1000,
  };
}
