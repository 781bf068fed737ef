import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DatabaseHandle } from '../../src/db/open-database.js';
import { setupStandardArkiv } from '../../src/features/arkivstruktur/setup-standard-arkiv.js';
import { loadClosedPeriod } from '../../src/features/demo-arkiv/closed-period.js';
import { ensureDemoPeople } from '../../src/features/demo-arkiv/people.js';
import { createDocumentStores, type DocumentStores } from '../../src/features/sikker-sone/document-stores.js';
import type { Ctx } from '../../src/shared/context.js';
import { seedWorld, silentLog, systemCtxFor } from '../support/world.js';

export interface UttrekkWorld {
  sys: Ctx;
  stores: DocumentStores;
  /** A scratch folder for packages and files, removed by `cleanup`. */
  tmp: string;
  cleanup(): void;
}

/**
 * Våler with the demo's closed period (arkivdel SAK2016: cases, records,
 * PDFs, screened cases; closed) made through the same loader as the demo,
 * its files in a scratch store.
 */
export async function closedPeriodWorld(handle: DatabaseHandle): Promise<UttrekkWorld> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'saksgang-uttrekk-'));
  await seedWorld(handle);
  const sys = await systemCtxFor(handle, 'valer');
  const stores = createDocumentStores({ dataDir: path.join(tmp, 'data') }, silentLog, {
    ...process.env,
    FILES_DIR: path.join(tmp, 'files'),
  });
  const structure = await setupStandardArkiv(sys);
  const people = await ensureDemoPeople(sys, 'valer');
  await loadClosedPeriod(sys, 'valer', stores, people, structure);
  return { sys, stores, tmp, cleanup: () => fs.rmSync(tmp, { recursive: true, force: true }) };
}
