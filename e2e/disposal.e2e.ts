import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * «Kassasjon» in the browser (issue 17 item 2, krav 6.1.28): the archive's
 * list of closed cases due for disposal, by keyboard. The demo's parts are
 * in no finished extraction, so the case is listed as «Ikke avlevert» and
 * cannot be disposed of; a legal hold is shown. Axe checks the page.
 */
describe('the disposal list in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let sak = { id: '', saksnummer: '' };

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  it('lists a closed case decided «Kasseres» whose date has come, not yet deposited, under a legal hold', async () => {
    await page.context().clearCookies();
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { brukernavn: 'valer.arkivar', passord: 'demo' } });
    const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
    const closed = await (await page.request.get(`${server.url}/api/saksmapper?saksstatus=A&limit=1`)).json();
    expect(closed.items.length, 'the demo archive has a closed case').toBe(1);
    sak = { id: closed.items[0].id, saksnummer: closed.items[0].saksnummer };
    const set = await page.request.put(`${server.url}/api/kassasjon/saksmappe/${sak.id}`, {
      headers,
      data: { kassasjon: { kassasjonsvedtak: 'K', kassasjonshjemmel: 'Bevaringsplan § 4', kassasjonsdato: '2020-01-01' } },
    });
    expect(set.status(), await set.text()).toBe(200);
    const hold = await page.request.put(`${server.url}/api/saksmapper/${sak.id}/rettslig-hold`, { headers, data: { grunn: 'Tvist' } });
    expect(hold.status()).toBe(200);

    await page.context().clearCookies();
    await logIn(page, server.url, 'valer.arkivar');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kassasjon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kassasjon' }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Bevaringsplan § 4' });
    await row.waitFor();
    expect(await row.getByText('Rettslig hold').count()).toBe(1);
    expect(await row.getByText('Ikke avlevert').count()).toBe(1);
    expect(await row.getByRole('button', { name: /^Kasser / }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'disposal list');

    // By keyboard: the decision filter to «Vurderes senere» leaves the case out.
    await page.getByLabel('Kassasjonsvedtak').focus();
    await page.keyboard.press('ArrowDown');
    await page.getByText(/^0 saker$/).waitFor();
    await expectNoAxeViolations(page, 'disposal list, empty');
  });
});
