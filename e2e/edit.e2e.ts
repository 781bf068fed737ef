import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { chooseArkivdelAndKlasse } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

const CASE_TITLE = 'Søknad om båtplass i Vålerbukta';
const NEW_TITLE = 'Søknad om båtplass i Vålerbukta, plass 12';
const RECORD_TITLE = 'Søknad fra Ola Nordmann';

/**
 * Changing a case after it is made: the edit form checks inline and sends
 * only what changed, the change log lists the new title, and parts and
 * remarks are added on the case page — with an accessibility check on the way.
 */
describe('editing a case in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });

  it('tells of a failed single sign-on, then logs the case worker in', async () => {
    await page.goto(`${server.url}/logg-inn?feil=oidc`);
    await heading('Logg inn').waitFor();
    await page
      .getByRole('alert')
      .or(page.locator('.ds-alert'))
      .getByText(/felles pålogging mislyktes/)
      .waitFor();
    await expectNoAxeViolations(page, 'login with OIDC error');
    await field('Brukernavn').fill('valer.saksbehandler');
    await field('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
  });

  it('creates a case', async () => {
    await page.goto(`${server.url}/saker/ny`);
    await heading('Ny sak').waitFor();
    await field('Tittel').fill(CASE_TITLE);
    await chooseArkivdelAndKlasse(page);
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await heading(new RegExp(`^Sak \\d{4}/\\d+: ${CASE_TITLE}$`)).waitFor();
  });

  it('edits the title, checking it inline first', async () => {
    await page.getByRole('link', { name: 'Rediger', exact: true }).click();
    await heading(/^Rediger sak \d{4}\/\d+$/).waitFor();
    expect(await field('Tittel').inputValue()).toBe(CASE_TITLE);
    await expectNoAxeViolations(page, 'edit case');
    await field('Tittel').fill('');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await page.getByText('Skriv inn en tittel.').waitFor();
    expect(await field('Tittel').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'edit case with errors');

    await field('Tittel').fill(NEW_TITLE);
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await heading(new RegExp(`^Sak \\d{4}/\\d+: ${NEW_TITLE}$`)).waitFor();
  });

  it('lists the title change in the change log', async () => {
    await page.getByRole('tab', { name: 'Endringslogg' }).click();
    const log = page.getByRole('table', { name: /^Endringslogg for sak/ });
    await log.waitFor();
    const row = log.getByRole('row').filter({ has: page.getByRole('cell', { name: NEW_TITLE, exact: true }) });
    await row.getByRole('cell', { name: 'Tittel', exact: true }).waitFor();
    await row.getByRole('cell', { name: CASE_TITLE, exact: true }).waitFor();
  });

  it('adds a part and a remark on the case page', async () => {
    await page.getByRole('tab', { name: 'Parter og merknader' }).click();
    await page.getByRole('button', { name: 'Legg til part' }).click();
    await page.getByText('Skriv inn navnet på parten.').waitFor();
    expect(await field('Navn på parten').evaluate((el) => el === document.activeElement)).toBe(true);
    await field('Navn på parten').fill('Ola Nordmann');
    await field('Rolle').fill('Søker');
    await page.getByRole('button', { name: 'Legg til part' }).click();
    await page.getByRole('table', { name: 'Parter i saken' }).getByRole('cell', { name: 'Ola Nordmann', exact: true }).waitFor();

    await field('Merknad').fill('Søkeren er på venteliste fra før.');
    await page.getByRole('button', { name: 'Lagre merknad' }).click();
    await page.locator('.remarks').getByText('Søkeren er på venteliste fra før.').waitFor();
    await expectNoAxeViolations(page, 'case parts and remarks');
  });

  it('edits a record and adds a remark to it', async () => {
    await page.getByRole('link', { name: 'Registrer journalpost' }).click();
    await heading('Registrer journalpost').waitFor();
    await field('Tittel').fill('Søknad');
    await field('Navn').fill('Ola Nordmann');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await heading(/^Journalpost \d{4}\/\d+-1: Søknad$/).waitFor();

    await page.getByRole('link', { name: 'Rediger', exact: true }).click();
    await heading(/^Rediger journalpost \d{4}\/\d+-1$/).waitFor();
    await field('Antall vedlegg (valgfritt)').fill('-1');
    // Enter submits without a blur first: the blur's inline error would move the button under the pointer.
    await field('Antall vedlegg (valgfritt)').press('Enter');
    await page.getByText('Antall vedlegg må være et helt tall fra 0 til 10 000.').waitFor();
    expect(await field('Antall vedlegg (valgfritt)').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'edit record with errors');
    await field('Antall vedlegg (valgfritt)').fill('2');
    await field('Tittel').fill(RECORD_TITLE);
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await heading(new RegExp(`^Journalpost \\d{4}/\\d+-1: ${RECORD_TITLE}$`)).waitFor();

    await page.getByRole('tab', { name: 'Korrespondanseparter og merknader' }).click();
    await field('Merknad').fill('Vedleggene kom i egen konvolutt.');
    await page.getByRole('button', { name: 'Lagre merknad' }).click();
    await page.locator('.remarks').getByText('Vedleggene kom i egen konvolutt.').waitFor();
    await expectNoAxeViolations(page, 'record parties and remarks');
  });
});
