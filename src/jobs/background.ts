import type { Config } from '../config.js';
import type { Database } from '../db/open-database.js';
import { purgeAuthData } from '../features/auth/purge-auth-data.js';
import { ExtractionChild } from '../features/dokumenter/extract-in-child.js';
import { TEXT_EXTRACTION_JOB, textExtractionHandler } from '../features/dokumenter/index-file-text.js';
import { ARKIVFORMAT_JOB, arkivformatHandler } from '../features/maler/arkivformat-job.js';
import { officeSettings } from '../office/office-settings.js';
import { createDocumentStores, type DocumentStores } from '../features/sikker-sone/document-stores.js';
import { secureZoneSettings } from '../features/sikker-sone/secure-zone-settings.js';
import type { Log } from '../shared/context.js';
import type { FileStore } from '../files/file-store.js';
import { fileSettings } from '../files/file-settings.js';
import { sweepPartialUploads } from '../files/sweep-partial-uploads.js';
import { POLL_JOB, pollJobHandler, schedulePostmottak } from '../features/mottak/poll/poll-job.js';
import { catchUpSearchIndex } from '../features/sok/search-index-queue.js';
import { createMailer, type Mailer } from '../mail/outgoing/mailer.js';
import { SEND_MAIL_JOB, sendMailHandler } from '../mail/outgoing/mail-job.js';
import { smtpSettings } from '../mail/outgoing/mail-settings.js';
import { NOTIFICATION_MAIL_JOB } from '../features/oppgaver/oppgave-repository.js';
import { notificationMailHandler } from '../features/varsler/varsel-epost-job.js';
import { kanalHandlers } from '../features/ekspedering/kanaler/kanal-handlers.js';
import { utskriftDir } from '../features/ekspedering/kanaler/utskrift-kanal.js';
import { svarUtSettings, type SvarUtSettings } from '../integrations/svarut/svarut-settings.js';
import { einnsynSettings, type EinnsynKonto } from '../integrations/einnsyn/einnsyn-settings.js';
import { EINNSYN_JOB, einnsynJobHandler } from '../features/einnsyn/einnsyn-job.js';
import { einnsynRepository } from '../features/einnsyn/einnsyn-repository.js';
import { ABANDONED_AFTER_SECONDS, ABANDONED_TEXT } from '../features/uttrekk/record-run.js';
import { uttrekkDir } from '../features/uttrekk/uttrekk-dir.js';
import { UTTREKK_LEASE_SECONDS, uttrekkJobHandler } from '../features/uttrekk/uttrekk-job.js';
import { UTTREKK_JOB, uttrekkRepository } from '../features/uttrekk/uttrekk-repository.js';
import { jobRepository } from './job-repository.js';
import { JobRunner, type JobHandler } from './job-runner.js';

export interface BackgroundDeps {
  db: Database;
  log: Log;
  config: Pick<Config, 'dataDir'> & Partial<Pick<Config, 'publicUrl'>>;
  /** The ordinary file store; the configured one when left out. */
  plain?: FileStore | undefined;
  /** The outgoing mailer; from SMTP_URL / SMTP_FROM when left out (none when unset: mail jobs finish unsent). */
  mailer?: Mailer | undefined;
  /** SvarUt accounts; from SVARUT_<KORTNAVN> when left out. */
  svarUt?: SvarUtSettings | undefined;
  /** The print batches' folder; UTSKRIFT_DIR or DATA_DIR/utskrift when left out. */
  utskriftDir?: string | undefined;
  /** eInnsyn publishing accounts; from EINNSYN_<KORTNAVN> when left out. */
  einnsyn?: readonly EinnsynKonto[] | undefined;
}

/** Finished jobs are kept this long for the system owner's view, then deleted; failed ones stay. */
const FINISHED_JOB_RETENTION_DAYS = 30;

/**
 * Installation work repeated on a schedule: expired sessions, old failed-login
 * rows and stale OIDC logins purged; uploads a killed process left unfinished
 * swept from both file stores; old finished jobs deleted.
 */
export const RECURRING_JOBS = ['rydd-innlogging', 'rydd-opplastinger', 'rydd-jobber', 'rydd-arkivuttrekk'] as const;

/** The configured document stores, made when first needed (the given plain store in tests). */
function lazyStores(deps: BackgroundDeps): () => DocumentStores {
  let stores: DocumentStores | undefined;
  return () =>
    (stores ??= deps.plain
      ? { ...createDocumentStores(deps.config, deps.log), plain: deps.plain }
      : createDocumentStores(deps.config, deps.log));
}

/**
 * Extractions (issue 17 item 4) run long: they get a runner of their own, so
 * mail, conversions and the rest are not kept waiting behind one.
 */
function uttrekkHandlers(deps: BackgroundDeps): Record<string, JobHandler> {
  return { [UTTREKK_JOB]: uttrekkJobHandler(lazyStores(deps), uttrekkDir(deps.config)) };
}

function handlers(
  deps: BackgroundDeps,
  child: ExtractionChild,
  mailer: Mailer | undefined,
  einnsyn: readonly EinnsynKonto[],
): Record<string, JobHandler> {
  const files = fileSettings(deps.config);
  const documentStores = lazyStores(deps);
  const plainStore = () => documentStores().plain;
  const roots = [files.filesDir, secureZoneSettings(deps.config).filesDir];
  const sys = { db: deps.db, log: deps.log, now: () => new Date() };
  const publicUrl = deps.config.publicUrl ?? process.env.PUBLIC_URL ?? 'http://localhost:3000';
  return {
    [TEXT_EXTRACTION_JOB]: textExtractionHandler(plainStore(), child),
    [SEND_MAIL_JOB]: sendMailHandler(mailer, plainStore, deps.log),
    [NOTIFICATION_MAIL_JOB]: notificationMailHandler(mailer, publicUrl, deps.log),
    [POLL_JOB]: pollJobHandler({ store: plainStore(), maxBytes: files.maxUploadBytes }),
    [ARKIVFORMAT_JOB]: arkivformatHandler(plainStore(), officeSettings()),
    [EINNSYN_JOB]: einnsynJobHandler(einnsyn, publicUrl),
    ...kanalHandlers({
      stores: documentStores,
      mailer,
      svarUt: deps.svarUt ?? svarUtSettings(),
      utskriftDir: deps.utskriftDir ?? utskriftDir(deps.config),
    }),
    'rydd-innlogging': async () => {
      await purgeAuthData(sys);
    },
    'rydd-opplastinger': async () => {
      const removed = await sweepPartialUploads(roots, files.partialUploadMaxAgeMs);
      if (removed > 0) deps.log.info({ removed }, 'swept unfinished uploads left by an interrupted process');
    },
    'rydd-jobber': async () => {
      await jobRepository.purgeFinished(deps.db, new Date(Date.now() - FINISHED_JOB_RETENTION_DAYS * 86_400_000));
    },
    // A CLI extraction whose process was killed is never left looking busy.
    'rydd-arkivuttrekk': async () => {
      await uttrekkRepository.failAbandoned(deps.db, null, ABANDONED_AFTER_SECONDS, ABANDONED_TEXT);
    },
  };
}

/** The search index catching up with what writes queued (migration 0035). */
const sweep = (deps: BackgroundDeps) => () => catchUpSearchIndex(deps.db);

export interface BackgroundWork {
  runner: JobRunner;
  stop(): Promise<void>;
}

/**
 * The server's background work: the job runner, and a timer that enqueues
 * the recurring jobs at start and every `scheduleEveryMs` (one job per type
 * and period, however many servers share the database).
 */
export function startBackgroundWork(deps: BackgroundDeps, options: { scheduleEveryMs?: number; pollMs?: number } = {}): BackgroundWork {
  const child = new ExtractionChild();
  const mailer = mailerOf(deps);
  const einnsyn = deps.einnsyn ?? einnsynSettings();
  // The database queues eInnsyn work only for organisations flagged as publishing (0069).
  void einnsynRepository
    .setPublishing(
      deps.db,
      einnsyn.map((k) => k.organisasjon),
    )
    .catch((error: unknown) => deps.log.warn({ err: error }, 'could not set which organisations publish to eInnsyn'));
  const runner = new JobRunner({
    db: deps.db,
    log: deps.log,
    handlers: handlers(deps, child, mailer, einnsyn),
    pollMs: options.pollMs,
    sweep: sweep(deps),
  });
  const everyMs = options.scheduleEveryMs ?? 10 * 60_000;
  const enqueueRecurring = async () => {
    const slot = Math.floor(Date.now() / everyMs);
    try {
      for (const type of RECURRING_JOBS) {
        await jobRepository.enqueue(deps.db, { organisasjonId: null, type, nokkel: `${everyMs}:${slot}`, maksForsok: 1 });
      }
      runner.wake();
    } catch (error) {
      deps.log.warn({ err: error }, 'could not schedule the recurring jobs');
    }
  };
  void enqueueRecurring();
  const timer = setInterval(() => void enqueueRecurring(), everyMs);
  timer.unref();
  const stopPolling = schedulePostmottak({ db: deps.db, log: deps.log, wake: () => runner.wake() });
  const uttrekk = new JobRunner({
    db: deps.db,
    log: deps.log,
    handlers: uttrekkHandlers(deps),
    pollMs: options.pollMs,
    leaseSeconds: UTTREKK_LEASE_SECONDS,
  });
  runner.start();
  uttrekk.start();
  return {
    runner,
    stop: async () => {
      clearInterval(timer);
      stopPolling();
      await Promise.all([runner.stop(), uttrekk.stop()]);
      child.close();
      if (!deps.mailer) mailer?.close();
    },
  };
}

/** Runs every due job in this process until none is left (the demo loader and the CLI). */
export async function runDueJobs(deps: BackgroundDeps): Promise<number> {
  const child = new ExtractionChild();
  const mailer = mailerOf(deps);
  try {
    const einnsyn = deps.einnsyn ?? einnsynSettings();
    return await new JobRunner({
      db: deps.db,
      log: deps.log,
      handlers: { ...handlers(deps, child, mailer, einnsyn), ...uttrekkHandlers(deps) },
      sweep: sweep(deps),
    }).drain();
  } finally {
    child.close();
    if (!deps.mailer) mailer?.close();
  }
}

/** The given mailer, or one from SMTP_URL / SMTP_FROM (the caller closes what it did not get). */
function mailerOf(deps: BackgroundDeps): Mailer | undefined {
  if (deps.mailer) return deps.mailer;
  const smtp = smtpSettings(process.env);
  return smtp ? createMailer(smtp) : undefined;
}
