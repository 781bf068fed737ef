import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { chooseArkivdelAndKlasse } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import { pdfWithText } from './support/pdf.js';
import type { E2eServer } from './support/server.js';

/** A word no demo document holds, so the search can only find it in the uploaded PDF. */
const WORD = 'Sjøormobservasjon';
const CASE_TITLE = 'Melding om sjøorm i Vålersjøen';
const RECORD_TITLE = 'Brev fra innbygger om observasjon';

const letterPdf = () => pdfWithText(`${WORD} ved Vålersjøen, meldt av en innbygger.`);

/**
 * The records core as a case worker meets it: create a case (searching for
 * similar ones first), register an incoming letter with a PDF, find it by a
 * word inside the PDF, and read the record's change log — with an
 * accessibility check on every page on the way.
 */
describe('cases, records, documents and search in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });

  it('logs the case worker in and shows the case list', async () => {
    await page.goto(`${server.url}/saker`);
    await heading('Logg inn').waitFor();
    await field('Brukernavn').fill('valer.saksbehandler');
    await field('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading('Saker').waitFor();
    await page.getByText(/^Viser \d+–\d+ av \d+$/).waitFor();
    await expectNoAxeViolations(page, 'case list');
  });

  it('checks the new-case form inline, suggests existing cases while typing, and creates the case', async () => {
    await page.getByRole('link', { name: 'Ny sak' }).click();
    await heading('Ny sak').waitFor();
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await page.getByText('Skriv inn en tittel.').waitFor();
    expect(await field('Tittel').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'new case with errors');

    await field('Tittel').fill(CASE_TITLE);
    await page.getByText(/Fant ingen saker med samme part|kan være den samme/).waitFor();
    await chooseArkivdelAndKlasse(page);
    await expectNoAxeViolations(page, 'new case filled in');
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await heading(new RegExp(`^Sak \\d{4}/\\d+: ${CASE_TITLE}$`)).waitFor();
    await expectNoAxeViolations(page, 'case page');
  });

  it('registers an incoming letter with a sender', async () => {
    await page.getByRole('link', { name: 'Registrer journalpost' }).click();
    await heading('Registrer journalpost').waitFor();
    expect(await field('Journalposttype').inputValue()).toBe('I');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await page.getByText('Skriv inn navnet på korrespondanseparten.').waitFor();
    await expectNoAxeViolations(page, 'new record with errors');

    await field('Tittel').fill(RECORD_TITLE);
    await field('Navn').fill('Kari Nordmann');
    await field('Adresse (valgfritt)').fill('Storgata 1, 2436 Våler');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await heading(new RegExp(`^Journalpost \\d{4}/\\d+-1: ${RECORD_TITLE}$`)).waitFor();
    await expectNoAxeViolations(page, 'record page');
  });

  it('uploads the letter as a PDF, lists it and previews it', async () => {
    await field('Fil').setInputFiles({ name: 'brev.pdf', mimeType: 'application/pdf', buffer: await letterPdf() });
    expect(await field('Dokumenttittel').inputValue()).toBe('brev');
    await field('Dokumenttittel').fill('Brev om sjøorm');
    await page.getByRole('button', { name: 'Last opp' }).click();
    await page.getByText('Dokumentet «Brev om sjøorm» er lastet opp.').waitFor();
    const table = page.getByRole('table', { name: /^Dokumenter på journalpost/ });
    await table.getByRole('link', { name: 'Last ned brev.pdf' }).waitFor();
    await table.getByRole('button', { name: 'Vis Brev om sjøorm' }).click();
    await page.locator('iframe[title="PDF-visning av Brev om sjøorm"]').waitFor();
    await expectNoAxeViolations(page, 'record page with a document');
  });

  it('finds the record by a word inside the PDF, with the word marked', async () => {
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Søk', exact: true }).click();
    await heading('Søk').waitFor();
    await expectNoAxeViolations(page, 'search page');
    const hit = page.getByRole('link', { name: new RegExp(RECORD_TITLE) });
    // Text extraction may finish a moment after the upload: search again until the index has it.
    for (let attempt = 0; attempt < 10 && !(await hit.isVisible()); attempt++) {
      await field('Søk').fill(WORD);
      await field('Søk').press('Enter');
      await page.waitForTimeout(500);
    }
    await hit.waitFor();
    expect(await page.locator('.snippet mark').first().textContent()).toMatch(/sjøormobservasjon/i);
    await expectNoAxeViolations(page, 'search results');
    await hit.click();
    await heading(new RegExp(`^Journalpost .*${RECORD_TITLE}$`)).waitFor();
  });

  it("opens the record's change log", async () => {
    await page.getByRole('tab', { name: 'Endringslogg' }).click();
    const log = page.getByRole('table', { name: /^Endringslogg for journalpost/ });
    await log.waitFor();
    await log.getByRole('cell', { name: RECORD_TITLE, exact: true }).waitFor();
    await log.getByRole('cell', { name: 'Kari Nordmann', exact: true }).first().waitFor();
    expect(new URL(page.url()).searchParams.get('fane')).toBe('endringslogg');
    await expectNoAxeViolations(page, 'record change log');
  });
});
