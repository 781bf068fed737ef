import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

const RECORDS = 55;

/**
 * A case with more records than one page holds (issue 11 item 9): the case
 * page shows the first 50 with the total, and the paging below the table
 * fetches the rest — keyboard usable and without axe violations.
 */
describe('a large case is paged on its page, in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let caseId: string;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  it(`registers ${RECORDS} records in a new case through the API (as the archivist, in the browser's session)`, async () => {
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { brukernavn: 'valer.arkivar', passord: 'demo' } });
    expect(login.status()).toBe(200);
    const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
    const created = await page.request.post(`${server.url}/api/saksmapper`, {
      headers,
      data: { tittel: 'Stor sak med mange brev', primaerKlasse: { verdi: 'L42' } },
    });
    expect(created.status(), await created.text()).toBe(201);
    caseId = (await created.json()).id;
    for (let i = 1; i <= RECORDS; i++) {
      const res = await page.request.post(`${server.url}/api/saksmapper/${caseId}/journalposter`, {
        headers,
        data: { journalposttype: 'I', tittel: `Innspill nr. ${i}` },
      });
      expect(res.status()).toBe(201);
    }
  });

  it('shows the first 50 records with the total, and the next page on request', async () => {
    await page.goto(`${server.url}/saker/${caseId}`);
    await page.getByRole('tab', { name: `Journalposter (${RECORDS})` }).waitFor();
    await page.getByText(`Viser 1–50 av ${RECORDS}`).waitFor();
    expect(await page.getByRole('cell', { name: 'Innspill nr. 50', exact: true }).count()).toBe(1);
    expect(await page.getByRole('cell', { name: 'Innspill nr. 51', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case page with paged records');

    const next = page.getByRole('navigation', { name: 'Sider med journalposter' }).getByRole('button', { name: 'Neste side' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Viser 51–${RECORDS} av ${RECORDS}`).waitFor();
    await page.getByRole('cell', { name: 'Innspill nr. 55', exact: true }).waitFor();
    expect(await page.getByRole('cell', { name: 'Innspill nr. 1', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case page, second page of records');
  });
});
