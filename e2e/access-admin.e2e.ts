import { describe, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * The system owner's «Tilgang» page (access codes and groups, a group's
 * members) and the internal contacts on a case page (issue 10 items 1, 3, 9).
 */
describe('access administration in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const logInAs = async (brukernavn: string) => {
    await logIn(page, server.url, brukernavn);
    await heading('Oversikt').waitFor();
  };

  it('shows the system owner the access codes, and adds one', async () => {
    await logInAs('valer.systemansvarlig');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Tilgang' }).click();
    await heading('Tilgang').waitFor();
    const codes = page.getByRole('table', { name: 'Organisasjonens tilgangskoder' });
    await codes.getByRole('cell', { name: 'Midlertidig sperret', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'access codes');
    const form = page.getByRole('form', { name: 'Ny tilgangskode' });
    await form.getByLabel('Kode', { exact: true }).fill('BV');
    await form.getByLabel('Navn', { exact: true }).fill('Barnevern');
    await form.getByRole('button', { name: 'Opprett tilgangskode' }).click();
    await codes.getByRole('cell', { name: 'Barnevern', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Deaktiver tilgangskoden BV' }).click();
    await codes.getByRole('row').filter({ hasText: 'Barnevern' }).getByText('Deaktivert').waitFor();
  });

  it('creates a group and adds a member by searching, by keyboard', async () => {
    const tab = page.getByRole('tab', { name: 'Tilgangsgrupper' });
    await tab.focus();
    await page.keyboard.press('Enter');
    const groups = page.getByRole('table', { name: 'Organisasjonens tilgangsgrupper' });
    await groups.getByRole('cell', { name: 'Personal begrenset tilgang', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'access groups');
    const name = page.getByRole('form', { name: 'Ny tilgangsgruppe' }).getByLabel('Navn', { exact: true });
    await name.fill('Barnevernstjenesten');
    await name.press('Enter');
    await page.getByRole('heading', { name: 'Medlemmer av Barnevernstjenesten' }).waitFor();
    await page.getByLabel('Søk etter bruker').fill('haugen');
    await page.getByRole('button', { name: 'Legg til Per Haugen (valer.leder)' }).focus();
    await page.keyboard.press('Enter');
    const members = page.getByRole('table', { name: 'Medlemmer av Barnevernstjenesten' });
    await members.getByRole('cell', { name: 'Per Haugen', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'a group and its members');
  });

  it('lets the archive add and remove an internal contact on a case', async () => {
    await logOut(page);
    await logInAs('valer.arkivar');
    await page.goto(`${server.url}/saker`);
    await heading('Saker').waitFor();
    await page.getByRole('table').getByRole('link').first().click();
    await page.getByRole('tab', { name: 'Interne kontakter' }).click();
    await page.getByText('Saken har ingen interne kontakter.').waitFor();
    await page.getByLabel('Søk etter bruker').fill('anne');
    await page.getByRole('button', { name: 'Legg til Anne Dahl (valer.motesekretar)' }).click();
    const contacts = page.getByRole('table', { name: /^Interne kontakter på sak/ });
    await contacts.getByRole('cell', { name: 'Anne Dahl', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'internal contacts on a case');
    await page.getByRole('button', { name: 'Fjern Anne Dahl' }).click();
    await page.getByText('Saken har ingen interne kontakter.').waitFor();
  });
});
