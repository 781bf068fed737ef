import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

/**
 * The public journal (issue 15) as a member of the public meets it: no
 * login, Våler's postliste over the demo years, a search, the XML link, and
 * the same on a phone-sized screen — axe clean each time.
 */
describe('the public journal in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = () => page.getByRole('heading', { level: 1, name: 'Offentlig journal – Våler kommune' });
  const entries = () => page.locator('article[data-record-id]');

  it('opens without login and lists journalført records with their public titles', async () => {
    await page.goto(`${server.url}/offentlig/964947260?fra=2023-01-01&til=2026-12-31`);
    await heading().waitFor();
    expect(new URL(page.url()).pathname).toBe('/offentlig/964947260');
    expect(await page.title()).toBe('Offentlig journal – Våler kommune – Saksgang');
    await entries().first().waitFor();
    expect(await entries().count()).toBe(25);
    await page.getByText(/^\d+ journalposter fra 2023-01-01 til 2026-12-31$/).waitFor();
    expect(await page.getByRole('link', { name: /Last ned som XML/ }).getAttribute('href')).toBe(
      '/api/offentlig/964947260/journal.xml?fra=2023-01-01&til=2026-12-31',
    );
    await expectNoAxeViolations(page, 'public journal');
  });

  it('searches, and every hit holds the word', async () => {
    await page.getByRole('searchbox', { name: 'Søk' }).fill('byggesøknad');
    await page.getByRole('button', { name: 'Vis' }).click();
    await page.waitForURL(/q=bygges%C3%B8knad/);
    await page.getByText(/journalposter? fra 2023-01-01/).waitFor();
    await entries().first().waitFor();
    // The URL changes before the searched page replaces the first one (kept while loading): wait for the hits.
    const hits = async () => (await entries().allTextContents()).map((t) => t.toLowerCase());
    await expect.poll(async () => (await hits()).every((t) => t.includes('byggesøknad')), { timeout: 15_000 }).toBe(true);
    expect((await hits()).length).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'public journal search');
  });

  it('reads on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await heading().waitFor();
    await entries().first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page, 'public journal on a phone');
  });
});
