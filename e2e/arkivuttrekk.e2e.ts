import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Issue 17 item 4 in the browser: the archive starts an extraction of the
 * demo's closed arkivdel SAK2016 on the Arkivdeler page, sees it run as a
 * background job and end «Ferdig» with the self-check passed and the package
 * and deposit report to download. Axe on the page with the extraction shown.
 */
describe('archival extraction as a background job in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  it('starts an extraction of SAK2016, follows it and gets the package and the deposit report', async () => {
    await logIn(page, server.url, 'valer.arkivar');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arkivdeler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arkivdeler og perioder' }).waitFor();
    await page.getByRole('button', { name: /^Lag arkivuttrekk av SAK2016/ }).click();
    await page.getByText('Arkivuttrekket er startet.').waitFor();
    const section = page.getByRole('region', { name: 'Arkivuttrekk' });
    const run = section.getByRole('row').filter({ hasText: 'SAK2016' }).first();
    await run.getByText('Ferdig', { exact: true }).waitFor({ timeout: 120_000 });
    await run.getByText('Selvkontrollen er bestått.').waitFor();
    await run.getByRole('link', { name: 'Last ned arkivuttrekket av SAK2016 (tar)' }).waitFor();
    await run.getByRole('link', { name: 'Last ned deponeringsrapporten for SAK2016' }).waitFor();
    await expectNoAxeViolations(page, 'archive parts with a finished extraction');
  });
});
