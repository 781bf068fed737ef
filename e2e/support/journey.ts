import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { sharedBrowser } from './browser.js';
import { startE2eServer, type E2eServer } from './server.js';

/**
 * A browser journey: one server and one page shared by the steps of a
 * describe block. The steps build on each other, so after one fails the rest
 * are skipped instead of timing out one by one. `ready` receives the server
 * and page once they are up.
 */
export function browserJourney(ready: (server: E2eServer, page: Page) => void): void {
  let server: E2eServer | undefined;
  let context: BrowserContext | undefined;
  let broken = false;

  beforeAll(async () => {
    server = await startE2eServer();
    context = await (await sharedBrowser()).newContext({ locale: 'nb-NO' });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    ready(server, page);
  });
  beforeEach((ctx) => {
    if (broken) ctx.skip();
  });
  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') broken = true;
  });
  afterAll(async () => {
    await context?.close();
    await server?.stop();
  });
}
