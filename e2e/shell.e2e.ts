import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

/**
 * The UI shell as the document-centre archivist uses it: log in, switch
 * between the organisations served, move around, change language, log out —
 * with an accessibility check on every page on the way.
 */
describe('the UI shell in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string) => page.getByRole('heading', { level: 1, name });
  const roleSwitcher = () => page.getByRole('button', { name: /^Bytt rolle/ });

  it('sends a visitor to the login page, which explains a wrong password', async () => {
    await page.goto(server.url);
    await heading('Logg inn').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
    await expectNoAxeViolations(page, 'login page');

    await page.getByLabel('Brukernavn').fill('dokumentsenter');
    await page.getByLabel('Passord').fill('feil-passord');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByText('Feil brukernavn eller passord.').waitFor();
    await expectNoAxeViolations(page, 'login page with an error');
  });

  it('logs the archivist in to the overview', async () => {
    await page.getByLabel('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading('Oversikt').waitFor();
    await page.getByText(/Du arbeider som Arkivar i \S+ kommune/).waitFor();
    await expectNoAxeViolations(page, 'overview');
  });

  it('switches the active role from one organisation to another, and the choice lasts', async () => {
    const before = await page.getByText(/Du arbeider som Arkivar i/).textContent();
    const target = before?.includes('Åsnes') ? 'Våler kommune' : 'Åsnes kommune';
    await roleSwitcher().click();
    const choice = page.getByRole('button', { name: new RegExp(`^${target} — Arkivar`) });
    await choice.waitFor();
    await expectNoAxeViolations(page, 'role switcher open');
    await choice.click();
    await page.getByText(new RegExp(`Du arbeider som Arkivar i ${target}`)).waitFor();
    expect(await roleSwitcher().getAttribute('aria-label')).toContain(target);
    // The server holds the active role: a reload keeps it.
    await page.reload();
    await page.getByText(new RegExp(`Du arbeider som Arkivar i ${target}`)).waitFor();
    await expectNoAxeViolations(page, `overview in ${target}`);
  });

  it('navigates through the main menu', async () => {
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' });
    for (const [link, title] of [
      ['Saker', 'Saker'],
      ['Søk', 'Søk'],
      ['Oversikt', 'Oversikt'],
    ] as const) {
      await menu.getByRole('link', { name: link, exact: true }).click();
      await heading(title).waitFor();
      expect(await menu.getByRole('link', { name: link, exact: true }).getAttribute('aria-current')).toBe('page');
      await expectNoAxeViolations(page, `page ${title}`);
    }
    // An archivist is no system owner: no administration in the menu.
    expect(await menu.getByRole('link', { name: 'Administrasjon' }).count()).toBe(0);
  });

  it('switches the language to English and back', async () => {
    // Each language's button is named in that language, inside a group named in the current one.
    await page
      .getByRole('group', { name: 'Språk' })
      .getByRole('button', { name: /English/ })
      .click();
    await heading('Overview').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('navigation', { name: 'Main menu' }).waitFor();
    await expectNoAxeViolations(page, 'overview in English');

    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: /Norsk/ }).click();
    await heading('Oversikt').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nb');
  });

  it('logs out, after which the pages ask for a login again', async () => {
    await page.getByRole('button', { name: 'Logg ut' }).click();
    await heading('Logg inn').waitFor();
    await page.goto(`${server.url}/saker`);
    await heading('Logg inn').waitFor();
    expect(new URL(page.url()).pathname).toBe('/logg-inn');
    await expectNoAxeViolations(page, 'login page after logout');
  });
});
