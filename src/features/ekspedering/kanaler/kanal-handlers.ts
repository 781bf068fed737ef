import type { SvarUtSettings } from '../../../integrations/svarut/svarut-settings.js';
import type { JobHandler } from '../../../jobs/job-runner.js';
import type { Mailer } from '../../../mail/outgoing/mailer.js';
import type { DocumentStores } from '../../sikker-sone/document-stores.js';
import { EKSPEDERING_JOBB } from '../ekspeder-journalpost.js';
import { sendEpost } from './epost-kanal.js';
import { kanalJobHandler } from './kanal-job.js';
import { sendSvarUt, svarUtClientFor } from './svarut-kanal.js';
import { sendUtskrift } from './utskrift-kanal.js';

export interface KanalDeps {
  stores: () => DocumentStores;
  mailer: Mailer | undefined;
  svarUt: SvarUtSettings;
  /** The print batches' folder (`UTSKRIFT_DIR`). */
  utskriftDir: string;
}

/** The external channels' job handlers, by job type (src/jobs/background.ts registers them). */
export function kanalHandlers(deps: KanalDeps): Record<string, JobHandler> {
  return {
    [EKSPEDERING_JOBB.epost]: kanalJobHandler('epost', (u, vedlegg) => sendEpost(deps.mailer, u, vedlegg), deps.stores),
    [EKSPEDERING_JOBB.svarut]: kanalJobHandler(
      'svarut',
      (u, vedlegg) => sendSvarUt(svarUtClientFor(deps.svarUt, u.avsender_kortnavn), u, vedlegg),
      deps.stores,
    ),
    [EKSPEDERING_JOBB.utskrift]: kanalJobHandler(
      'utskrift',
      (u, vedlegg, now) => sendUtskrift(deps.utskriftDir, u, vedlegg, now),
      deps.stores,
    ),
  };
}
