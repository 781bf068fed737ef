import { runDueJobs } from '../../jobs/background.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import type { DemoStep } from '../demo/load-demo.js';
import { loadDemoArchive } from './load-demo-archive.js';

/**
 * The demo loader's step for the demo archive (registered in load-demo.ts).
 * Files go to the installation's file store (`config`, the one the demo is
 * loaded into), as uploads through the API would;
 * their text is extracted before the step ends, so the demo is searchable
 * the moment it is ready (and the snapshot holds the text).
 */
export const demoArchiveStep: DemoStep = async (ctx, org, config) => {
  await loadDemoArchive(ctx, org.kortnavn, createDocumentStores(config, ctx.log));
  await runDueJobs({ db: ctx.db, log: ctx.log, config });
};
