import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { chooseArkivdelAndKlasse } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

const CASE_TITLE = 'Tilrettelegging på arbeidsplassen';
const CONTENT = 'Legeerklæring: behov for tilrettelagt arbeid i seks uker.';

/**
 * The secure zone as a case owner meets it: move a document in (after a
 * warning that it cannot be undone), see it tagged «Personsensitivt», and
 * open it only after typing the password again — keyboard only in the dialog,
 * with an accessibility check on each step.
 */
describe('the secure zone in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const documents = () => page.getByRole('table', { name: /^Dokumenter på journalpost/ });

  it('logs the case owner in, creates a case and a record with a document', async () => {
    await page.goto(`${server.url}/logg-inn`);
    await field('Brukernavn').fill('valer.saksbehandler');
    await field('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();

    await page.goto(`${server.url}/saker/ny`);
    await heading('Ny sak').waitFor();
    await field('Tittel').fill(CASE_TITLE);
    await chooseArkivdelAndKlasse(page);
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await heading(new RegExp(`^Sak \\d{4}/\\d+: ${CASE_TITLE}$`)).waitFor();

    await page.getByRole('link', { name: 'Registrer journalpost' }).click();
    await field('Tittel').fill('Legeerklæring fra fastlege');
    await field('Navn').fill('Fastlegen i Våler');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await heading(/^Journalpost \d{4}\/\d+-1: Legeerklæring fra fastlege$/).waitFor();

    await field('Fil').setInputFiles({ name: 'erklaering.txt', mimeType: 'text/plain', buffer: Buffer.from(CONTENT) });
    await field('Dokumenttittel').fill('Legeerklæring');
    await page.getByRole('button', { name: 'Last opp' }).click();
    await page.getByText('Dokumentet «Legeerklæring» er lastet opp.').waitFor();
  });

  it('moves the document into the secure zone after a warning', async () => {
    await documents().getByRole('button', { name: 'Flytt «Legeerklæring» til sikker sone' }).click();
    const dialog = page.getByRole('dialog', { name: 'Flytte til sikker sone?' });
    await dialog.getByText('Dette kan ikke angres.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'move into the secure zone');
    await dialog.getByRole('button', { name: 'Flytt til sikker sone' }).click();
    await documents().getByText('Personsensitivt', { exact: true }).waitFor();
    expect(
      await documents()
        .getByRole('button', { name: /til sikker sone$/ })
        .count(),
    ).toBe(0);
    await expectNoAxeViolations(page, 'record with a secure document');
  });

  it('asks for the password before opening it, and opens it with the right one', async () => {
    await documents().getByRole('link', { name: 'Last ned erklaering.txt' }).click();
    const dialog = page.getByRole('dialog', { name: 'Sikker sone' });
    const password = dialog.getByLabel('Passord', { exact: true });
    await password.waitFor();
    expect(await password.evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'secure zone dialog');

    await page.keyboard.type('feil');
    await page.keyboard.press('Enter');
    await dialog.getByText('Feil passord.').waitFor();
    await expectNoAxeViolations(page, 'secure zone dialog with an error');

    await password.fill('demo');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(await readFile((await download.path())!, 'utf8')).toBe(CONTENT);
    await dialog.waitFor({ state: 'hidden' });
  });

  it('opens it again without asking while the second step is fresh', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      documents().getByRole('link', { name: 'Last ned erklaering.txt' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('erklaering.txt');
    expect(await page.getByRole('dialog', { name: 'Sikker sone' }).isVisible()).toBe(false);
  });
});
