import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { selectMatching } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Seed 002 10.6.1 «Notat i ny sak» in the browser: a case worker at the
 * school (SKO) writes an N note to the unit Oppvekst (OPP), picked in the
 * new-record form, finishes and dispatches it; it lands in the unit
 * leader's «Til fordeling», who distributes it to the deputy; the deputy
 * finds it in «Ubesvarte» and writes it off for the unit (TE). Axe on each
 * page and dialog.
 */
describe('an internal note to another unit in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let recordUrl = '';
  const TITLE = 'Behov for ekstra assistent ved skolen';

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const dialog = () => page.getByRole('dialog');
  const csrf = async () => ({
    'x-csrf-token': ((await page.evaluate(() => fetch('/api/session').then((r) => r.json()))) as { csrfToken: string }).csrfToken,
  });

  it('lets the case worker write an N note to another unit from the new-record form', async () => {
    await logIn(page, server.url, 'asnes.saksbehandler');
    const sak = await page.request.post(`${server.url}/api/saksmapper`, {
      headers: await csrf(),
      data: { tittel: 'Bemanning ved skolen 2026', primaerKlasse: { verdi: 'L42' } },
    });
    expect(sak.status(), await sak.text()).toBe(201);
    await page.goto(`${server.url}/saker/${(await sak.json()).id}/journalposter/ny`);
    await field('Journalposttype').selectOption('N');
    await selectMatching(field('Mal'), /notat/i);
    await field('Tittel').fill(TITLE);
    await field('Intern mottaker er').selectOption({ label: 'En enhet' });
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    // The unit is required: the form says so and puts the focus on it.
    await page.getByText('Velg personen eller enheten som skal få notatet.').first().waitFor();
    expect(await field('Enhet').evaluate((el) => el === document.activeElement)).toBe(true);
    await expectNoAxeViolations(page, 'new note without its recipient');
    await field('Enhet').selectOption({ label: 'Oppvekst (OPP)' });
    await page.getByRole('button', { name: 'Registrer journalpost' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${TITLE}$`) }).waitFor();
    recordUrl = page.url();
    await expectNoAxeViolations(page, 'the registered note');
  });

  it('finishes and dispatches it internally', async () => {
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    await page.getByText('«Ferdigstill» er utført.').waitFor();
    // The merged document is finalised through the API (the record page has no control for a document's status yet).
    const id = recordUrl.split('/').pop()!;
    const headers = await csrf();
    const docs = (await (await page.request.get(`${server.url}/api/journalposter/${id}/dokumenter`)).json()) as { items: { id: string }[] };
    for (const d of docs.items) {
      const res = await page.request.patch(`${server.url}/api/dokumentbeskrivelser/${d.id}`, { headers, data: { dokumentstatus: 'F' } });
      expect(res.status(), await res.text()).toBe(200);
    }
    await page.reload();
    await page.getByRole('button', { name: 'Ekspeder', exact: true }).click();
    expect(await dialog().getByLabel('Kanal til Oppvekst (OPP)').inputValue()).toBe('intern');
    await expectNoAxeViolations(page, 'dispatch dialog');
    await dialog().getByRole('button', { name: 'Ekspeder' }).click();
    await page
      .getByRole('table', { name: /^Ekspedering av .* per mottaker$/ })
      .getByText('Internt i Saksgang')
      .waitFor();
  });

  it("puts it in the unit leader's «Til fordeling», who distributes it to the deputy", async () => {
    await logOut(page);
    await logIn(page, server.url, 'asnes.leder');
    await page.goto(`${server.url}/arbeidslister/til-fordeling`);
    const row = page.getByRole('row').filter({ hasText: TITLE });
    await row.getByRole('button', { name: /^Fordel \d{4}\/\d+-\d+$/ }).click();
    await dialog().getByLabel('Saksbehandler', { exact: true }).selectOption({ label: 'Hans Kirkenær' });
    await expectNoAxeViolations(page, 'distribute dialog');
    await dialog().getByRole('button', { name: 'Fordel' }).click();
    await row.waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'til fordeling');
  });

  it("lands in the deputy's «Ubesvarte», who writes it off for the unit", async () => {
    await logOut(page);
    await logIn(page, server.url, 'asnes.stedfortreder');
    await page.goto(`${server.url}/arbeidslister/ubesvarte`);
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${TITLE}$`) }).waitFor();
    await expectNoAxeViolations(page, 'the note at its recipient');
    await page.getByRole('button', { name: 'Avskriv', exact: true }).click();
    await dialog().getByLabel('Avskrivningsmåte').selectOption('TE');
    await dialog().getByRole('button', { name: 'Send' }).click();
    await page.getByText(/Avskrevet: TE \d{4}-\d{2}-\d{2} – for Oppvekst \(OPP\)/).waitFor();
    await expectNoAxeViolations(page, 'written off for the unit');
    await page.goto(`${server.url}/arbeidslister/ubesvarte`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.getByRole('link', { name: TITLE }).count()).toBe(0);
  });
});
