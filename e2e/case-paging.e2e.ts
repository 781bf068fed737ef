import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

const RECORDS = 55;
const PARTIES = 55;
const REFERENCES = 51;

/**
 * A case with more records than one page holds (issue 11 item 9): the case
 * page shows the first 50 with the total, and the paging below the table
 * fetches the rest — keyboard usable and without axe violations. So too a
 * record's parties on its page (the case page lists only its first 10), and
 * the case's cross references and precedents.
 */
describe('a large case is paged on its page, in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let caseId: string;
  let saksnummer: string;
  const recordIds: string[] = [];

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
    ({ id: caseId, saksnummer } = await created.json());
    const parties = Array.from({ length: PARTIES }, (_, i) => ({ korrespondanseparttype: 'EA', navn: `Innsender ${i + 1}` }));
    for (let i = 1; i <= RECORDS; i++) {
      const res = await page.request.post(`${server.url}/api/saksmapper/${caseId}/journalposter`, {
        headers,
        data: { journalposttype: 'I', tittel: `Innspill nr. ${i}`, ...(i === 1 && { korrespondanseparter: parties }) },
      });
      expect(res.status()).toBe(201);
      recordIds.push((await res.json()).id);
    }
    for (const tilId of recordIds.slice(0, REFERENCES)) {
      const res = await page.request.post(`${server.url}/api/saksmapper/${caseId}/kryssreferanser`, {
        headers,
        data: { tilType: 'journalpost', tilId },
      });
      expect(res.status(), await res.text()).toBe(201);
    }
    const precedent = await page.request.post(`${server.url}/api/saksmapper/${caseId}/presedenser`, {
      headers,
      data: { presedensDato: '2026-03-01', tittel: 'Innspill etter fristen tas med', rettskildefaktor: 'Praksis' },
    });
    expect(precedent.status(), await precedent.text()).toBe(201);
  });

  it('shows the first 50 records with the total, and the next page on request', async () => {
    await page.goto(`${server.url}/saker/${caseId}`);
    await page.getByRole('tab', { name: `Journalposter (${RECORDS})` }).waitFor();
    await page.getByText(`Viser 1–50 av ${RECORDS}`).waitFor();
    // In the records tab: the closing panel above lists the letters not yet written off as well.
    const records = page.getByRole('tabpanel');
    expect(await records.getByRole('cell', { name: 'Innspill nr. 50', exact: true }).count()).toBe(1);
    expect(await records.getByRole('cell', { name: 'Innspill nr. 51', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case page with paged records');

    const next = page.getByRole('navigation', { name: 'Sider med journalposter' }).getByRole('button', { name: 'Neste side' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Viser 51–${RECORDS} av ${RECORDS}`).waitFor();
    await records.getByRole('cell', { name: 'Innspill nr. 55', exact: true }).waitFor();
    expect(await records.getByRole('cell', { name: 'Innspill nr. 1', exact: true }).count()).toBe(0);
    await expectNoAxeViolations(page, 'case page, second page of records');
  });

  it(`lists a record's first 10 parties on the case page, and pages all ${PARTIES} on the record's page`, async () => {
    await page.goto(`${server.url}/saker/${caseId}`);
    await page.getByText(`og ${PARTIES - 10} til`).waitFor();
    await page.goto(`${server.url}/journalposter/${recordIds[0]}?fane=parter`);
    await page.getByText(`Viser 1–50 av ${PARTIES}`).waitFor();
    await expectNoAxeViolations(page, 'record page with paged parties');
    const next = page.getByRole('navigation', { name: 'Sider med korrespondanseparter' }).getByRole('button', { name: 'Neste side' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Viser 51–${PARTIES} av ${PARTIES}`).waitFor();
    expect(
      await page
        .getByRole('table', { name: /Korrespondanseparter på journalpost/ })
        .getByRole('row')
        .count(),
    ).toBe(PARTIES - 50 + 1);
  });

  it(`shows the case's ${REFERENCES} cross references and its precedent, paged, each reference linking to its record`, async () => {
    await page.goto(`${server.url}/saker/${caseId}?fane=referanser`);
    await page.getByText(`Viser 1–50 av ${REFERENCES}`).waitFor();
    await page.getByRole('link', { name: `${saksnummer}-1`, exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Innspill etter fristen tas med' }).waitFor();
    await expectNoAxeViolations(page, 'case page, cross references and precedents');
    const next = page.getByRole('navigation', { name: 'Sider med kryssreferanser' }).getByRole('button', { name: 'Neste side' });
    await next.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Viser 51–${REFERENCES} av ${REFERENCES}`).waitFor();
    const last = page.getByRole('link', { name: `${saksnummer}-${REFERENCES}`, exact: true });
    await last.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: new RegExp(`Journalpost ${saksnummer}-${REFERENCES}`) }).waitFor();
  });
});
