import { loadConfig } from '../../config.js';
import { createDocumentStores } from '../sikker-sone/document-stores.js';
import type { DemoStep } from '../demo/load-demo.js';
import { loadDemoArchive } from './load-demo-archive.js';

/**
 * The demo loader's step for the demo archive (registered in load-demo.ts).
 * Files go to the configured file store, as uploads through the API would.
 */
export const demoArchiveStep: DemoStep = (ctx, org) => loadDemoArchive(ctx, org.kortnavn, createDocumentStores(loadConfig(), ctx.log));
