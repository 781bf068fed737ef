import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { chooseArkivdelAndKlasse } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import { pdfWithText } from './support/pdf.js';
import type { E2eServer } from './support/server.js';

/**
 * Issue 13: the archive registers an incoming letter and attaches its scan.
 * The letter waits as M until its scan is there, is journalført (J), and the
 * archive can still add a document to the journalført record; an urgent
 * letter carries its red flag. Axe on every page.
 */
describe('the archive registers an incoming letter and attaches its scan, in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  browserJourney((s, p) => {
    server = s;
    page = p;
  });
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const upload = async (name: string, title: string) => {
    await field('Fil').setInputFiles({ name, mimeType: 'application/pdf', buffer: await pdfWithText(title) });
    await field('Dokumenttittel').fill(title);
    await page.getByRole('button', { name: 'Last opp' }).click();
    await page.getByText(`Dokumentet «${title}» er lastet opp.`).waitFor();
  };

  it('logs the archivist in and makes a case', async () => {
    await page.goto(`${server.url}/saker/ny`);
    await heading('Logg inn').waitFor();
    await field('Brukernavn').fill('valer.arkivar');
    await field('Passord').fill('demo');
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await heading('Ny sak').waitFor();
    await field('Tittel').fill('Søknad om ferdigattest – Gnr/bnr 12/34');
    await chooseArkivdelAndKlasse(page);
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await heading(/^Sak \d{4}\/\d+: Søknad om ferdigattest/).waitFor();
  });

  it('registers an urgent incoming letter, which waits as M for its scan', async () => {
    await page.getByRole('link', { name: 'Registrer journalpost' }).click();
    await heading('Registrer journalpost').waitFor();
    await field('Tittel').fill('Søknad om ferdigattest');
    await field('Navn').fill('Kari Nordmann');
    await page.getByText(/Tom: 21 dager etter mottatt dato/).waitFor();
    await page.getByLabel('Brevet haster').check();
    await page.getByText(/Tom: 2 dager etter mottatt dato/).waitFor();
    await expectNoAxeViolations(page, 'new record, urgent');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await heading(/^Journalpost \d{4}\/\d+-1: Søknad om ferdigattest$/).waitFor();
    await page.getByText('Nåværende status: M – Midlertidig registrering av innkommet dokument').waitFor();
    await page.getByText('Haster', { exact: true }).first().waitFor();
    await expectNoAxeViolations(page, 'record page, M');
  });

  it('uploads the scan and journalfører the letter', async () => {
    await upload('skann.pdf', 'Skannet søknad');
    await page.getByRole('button', { name: 'Journalfør', exact: true }).click();
    await page.getByText(/^Nåværende status: J – /).waitFor();
  });

  it('lets the archive take the urgency off in the edit form', async () => {
    await page.locator('.ds-tag', { hasText: 'Haster' }).waitFor();
    await page.getByRole('link', { name: 'Rediger', exact: true }).click();
    await heading(/^Rediger journalpost/).waitFor();
    const urgent = page.getByLabel('Brevet haster');
    expect(await urgent.isChecked()).toBe(true);
    await urgent.uncheck();
    await page.getByLabel('Brevet finnes bare på papir').waitFor();
    await expectNoAxeViolations(page, 'edit record with urgency and paper-only');
    await page.getByRole('button', { name: 'Lagre endringene' }).click();
    await heading(/^Journalpost \d{4}\/\d+-1: Søknad om ferdigattest$/).waitFor();
    // The red flag is gone; the metadata now says «Haster: Nei».
    await page.locator('.ds-tag', { hasText: 'Haster' }).waitFor({ state: 'detached' });
  });

  it('still lets the archive add a document to the journalført record', async () => {
    await upload('vedlegg.pdf', 'Situasjonskart');
    const table = page.getByRole('table', { name: /^Dokumenter på journalpost/ });
    await table.getByRole('button', { name: 'Vis Situasjonskart' }).waitFor();
    await expectNoAxeViolations(page, 'journalført record with a new document');
  });
});
