import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../src/office/docx-builder.js';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import type { E2eServer } from './support/server.js';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Documents from templates: the system owner's template page (the
 * templates, an upload, the letterhead, every merge field), and the case
 * worker's new outgoing letter, which cannot be registered without a
 * template and gets the merged DOCX as its main document — with an
 * accessibility check on each page.
 */
describe('document templates in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  /** The system owner's CSRF header, for logging out again. */
  let ownerHeaders: Record<string, string> = {};

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const login = async (brukernavn: string) => {
    const res = await page.request.post(`${server.url}/api/auth/login`, { data: { brukernavn, passord: 'demo' } });
    expect(res.status()).toBe(200);
    return { 'x-csrf-token': (await res.json()).csrfToken as string };
  };

  it("shows the system owner the organisation's templates, the letterhead and every merge field", async () => {
    ownerHeaders = await login('valer.systemansvarlig');
    await page.goto(`${server.url}/maler`);
    await heading('Dokumentmaler').waitFor();
    const templates = page.getByRole('table', { name: 'Dokumentmaler i organisasjonen' });
    await templates.getByRole('link', { name: 'Standard saksframlegg' }).waitFor();
    expect(await templates.getByRole('row').count()).toBe(6);
    await page.getByRole('table', { name: 'Alle flettefelt med betydning og eksempel' }).getByText('{{journalpost.referanse}}').waitFor();
    expect(await field('Poststed (valgfritt)').inputValue()).toBe('Våler i Solør');
    await expectNoAxeViolations(page, 'template page');
  });

  it('uploads a new template and refuses one with an unknown merge field', async () => {
    const upload = async (navn: string, text: string) => {
      await field('Navn').fill(navn);
      await page
        .getByLabel('Word-fil (DOCX)')
        .setInputFiles({ name: `${navn}.docx`, mimeType: DOCX, buffer: buildDocx({ body: [{ text }] }) });
      await page.getByRole('button', { name: 'Last opp malen' }).click();
    };
    await upload('Feilskrevet brev', 'Til {{mottaker.fornavn}}');
    await page
      .getByText(/mottaker\.fornavn/)
      .first()
      .waitFor();
    await expectNoAxeViolations(page, 'template upload refused');
    await upload('Kort svarbrev', 'Til {{mottaker.navn}} om {{sak.tittel}}');
    await page.getByText('Malen «Kort svarbrev» er lastet opp med 2 flettefelt.').waitFor();
    await page.getByRole('table', { name: 'Dokumentmaler i organisasjonen' }).getByRole('link', { name: 'Kort svarbrev' }).waitFor();
  });

  it('makes the case worker pick a template for an outgoing letter, and registers it with the merged DOCX', async () => {
    expect((await page.request.post(`${server.url}/api/auth/logout`, { headers: ownerHeaders })).status()).toBeLessThan(300);
    const headers = await login('valer.saksbehandler');
    const created = await page.request.post(`${server.url}/api/saksmapper`, {
      headers,
      data: { tittel: 'Søknad om ny garasje', primaerKlasse: { verdi: 'L42' } },
    });
    expect(created.status(), await created.text()).toBe(201);
    await page.goto(`${server.url}/saker/${(await created.json()).id}/journalposter/ny`);
    await heading('Registrer journalpost').waitFor();
    await field('Journalposttype').selectOption('U');
    await field('Tittel').fill('Svar på søknad om garasje');
    await field('Navn').fill('Kari Nordmann');
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await page.getByText('Velg en mal, slik at det ikke blir opprettet et tomt dokument.').waitFor();
    expect(await field('Mal').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'new letter without a template');

    await field('Mal').selectOption({ label: 'Standard brev (Brev)' });
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await heading(/^Journalpost \d{4}\/\d+-1: Svar på søknad om garasje$/).waitFor();
    const documents = page.getByRole('table', { name: /^Dokumenter på journalpost/ });
    await documents.getByRole('link', { name: /Brev \d{4}-\d+-1\.docx/ }).waitFor();
    await expectNoAxeViolations(page, 'record with its merged letter');
  });
});
