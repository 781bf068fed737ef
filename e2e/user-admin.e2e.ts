import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

/**
 * The system owner's user life cycle (krav 4.5.29, 4.5.30): passive and
 * active, end a role, see the history; and «Min konto»: sessions and tokens.
 */
describe('user administration in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const row = () => page.getByRole('row').filter({ hasText: 'valer.motesekretar' });

  it('shows the users with status and role periods to the system owner', async () => {
    await page.goto(`${server.url}/logg-inn`);
    await page.getByLabel('Brukernavn').fill('valer.systemansvarlig');
    await page.getByLabel('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Oversikt' }).waitFor();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Administrasjon' }).click();
    await page.getByRole('heading', { level: 1, name: 'Administrasjon' }).waitFor();
    await row().getByText('Aktiv', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'administration');
  });

  it('makes a user passive and active again, by keyboard', async () => {
    await row()
      .getByRole('button', { name: /^Gjør .* passiv$/ })
      .focus();
    await page.keyboard.press('Enter');
    await row().getByText('Passiv', { exact: true }).waitFor();
    await row()
      .getByRole('button', { name: /^Gjør .* aktiv$/ })
      .click();
    await row().getByText('Aktiv', { exact: true }).waitFor();
  });

  it('ends a role, which stays listed as not in force, and shows the history', async () => {
    await row()
      .getByRole('button', { name: /^Avslutt rollen/ })
      .click();
    await row()
      .getByText(/ikke gjeldende/)
      .waitFor();
    await row()
      .getByRole('button', { name: /^Historikk for/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('cell', { name: 'Brukerstatus' }).first().waitFor();
    expect(await dialog.getByRole('cell', { name: 'Til dato' }).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'user history dialog');
    await page.keyboard.press('Escape');
  });

  it('shows my sessions and makes, shows once, and revokes my own API token', async () => {
    await page.getByRole('link', { name: 'Min konto' }).click();
    await page.getByRole('heading', { level: 1, name: 'Min konto' }).waitFor();
    await page.getByText('Denne økten').waitFor();
    await page.getByLabel('Navn på nøkkelen').fill('Min testnøkkel');
    await page.getByRole('button', { name: 'Lag nøkkel' }).click();
    const secret = page.locator('code.token-secret');
    await secret.waitFor();
    expect((await secret.textContent())?.length).toBeGreaterThan(20);
    await expectNoAxeViolations(page, 'my account with a new token');
    await page.getByRole('button', { name: 'Trekk tilbake nøkkelen Min testnøkkel' }).click();
    await page.getByRole('row').filter({ hasText: 'Min testnøkkel' }).getByText('Trukket tilbake').waitFor();
  });

  it('shows the background jobs page to the system owner', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Jobber' }).click();
    await page.getByRole('heading', { level: 1, name: 'Bakgrunnsjobber' }).waitFor();
    await page.getByLabel('Status').selectOption('ferdig');
    await page.getByRole('table').or(page.getByText('Ingen jobber.')).first().waitFor();
    await expectNoAxeViolations(page, 'background jobs');
  });
});
