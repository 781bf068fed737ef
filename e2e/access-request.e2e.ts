import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * An access request (issue 15 item 3) from the public journal to a
 * decision: a member of the public chooses a record and orders access
 * without login, and sees the receipt; the archive (the demo's case owners
 * do not log in) opens the request from its worklist, marks an area of the
 * document by dragging on the page and another by keyboard, burns the
 * redaction in and grants partial access with a legal basis and
 * «meroffentlighet» confirmed. Axe clean on every page, also phone-sized.
 */
describe('an access request in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let number = '';
  let recordId = '';
  const journalUrl = () => `${server.url}/offentlig/964947260?fra=2023-01-01&til=2026-12-31`;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  it('orders access to a record from the public journal without login', async () => {
    // Not every demo record has a PDF (paper letters): the archivist finds one on the first page, through the API.
    await logIn(page, server.url, 'valer.arkivar');
    const journal = await page.request.get(`${server.url}/api/offentlig/964947260/journal?fra=2023-01-01&til=2026-12-31&perSide=25`);
    for (const entry of (await journal.json()).items as { id: string }[]) {
      const docs = await page.request.get(`${server.url}/api/journalposter/${entry.id}/dokumenter`);
      const items = (await docs.json()).items as { dokumentobjekter: { mimeType: string }[] }[];
      if (items.some((d) => d.dokumentobjekter.some((o) => o.mimeType === 'application/pdf'))) {
        recordId = entry.id;
        break;
      }
    }
    expect(recordId).not.toBe('');
    await logOut(page);

    await page.goto(journalUrl());
    const first = page.locator(`article[data-record-id="${recordId}"]`);
    await first.waitFor();
    const choose = first.getByRole('checkbox', { name: /^Velg .* for innsyn$/ });
    number = /(\S+) for innsyn/.exec((await first.locator('.visually-hidden').textContent()) ?? '')![1]!;
    await choose.check();
    await page.getByText('1 journalpost valgt.').waitFor();
    await page.getByLabel('Navn').fill('Per Presse');
    await page.getByLabel('E-post').fill('per@avis.no');
    await expectNoAxeViolations(page, 'public journal with an order');
    await page.getByRole('button', { name: 'Bestill innsyn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvittering for innsynskrav' }).waitFor();
    await page.getByText(/Våler kommune har mottatt innsynskravet ditt/).waitFor();
    expect(await page.getByRole('cell', { name: number, exact: true }).count()).toBe(1);
    await expectNoAxeViolations(page, 'receipt');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoAxeViolations(page, 'receipt on a phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
