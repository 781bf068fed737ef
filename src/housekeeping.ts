import type { Config } from './config.js';
import type { SystemCtx } from './shared/context.js';
import { purgeAuthData } from './features/auth/purge-auth-data.js';
import { secureZoneSettings } from './features/sikker-sone/secure-zone-settings.js';
import { fileSettings } from './files/file-settings.js';
import { sweepPartialUploads } from './files/sweep-partial-uploads.js';

const HOUSEKEEPING_EVERY_MS = 10 * 60_000;

/**
 * At start and every ten minutes: expired sessions, old failed-login rows
 * and stale OIDC logins are purged, and uploads a killed process left
 * unfinished are swept from both file stores. Plain timers until the durable
 * job queue (issue 11 item 8) takes scheduled work; several servers doing it
 * at once is harmless (the deletes are idempotent).
 */
export function scheduleHousekeeping(sys: SystemCtx, config: Pick<Config, 'dataDir'>, everyMs = HOUSEKEEPING_EVERY_MS): () => void {
  const files = fileSettings(config);
  const roots = [files.filesDir, secureZoneSettings(config).filesDir];
  const stops = [
    repeat(sys, everyMs, 'purging authentication data', () => purgeAuthData(sys)),
    repeat(sys, everyMs, 'sweeping unfinished uploads', async () => {
      const removed = await sweepPartialUploads(roots, files.partialUploadMaxAgeMs);
      if (removed > 0) sys.log.info({ removed }, 'swept unfinished uploads left by an interrupted process');
    }),
  ];
  return () => stops.forEach((stop) => stop());
}

function repeat(sys: SystemCtx, everyMs: number, what: string, work: () => Promise<unknown>): () => void {
  const run = () => {
    work().catch((error: unknown) => sys.log.warn({ err: error }, `${what} failed`));
  };
  run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
