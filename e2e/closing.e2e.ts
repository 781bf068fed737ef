import type { APIRequestContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Issue 14 items 7–9 in the browser: the case page names the letter not yet
 * written off and keeps «Ønskes avsluttet» disabled until it is; the archive
 * moves a record to another case and voids one, by keyboard, from the record
 * page; the archive closes the case and the page offers a new case instead;
 * «Rapporter» lists the backlog with its downloads. Axe checks every page and
 * open dialog.
 */
describe('closing a case and the archive’s corrections in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  const ids = { sak: '', annen: '', brev: '', dobbel: '', saksnummer: '' };

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });

  /** Logs in through the API (the page's context shares the cookie) and returns the CSRF header for writes. */
  async function api(brukernavn: string): Promise<{ req: APIRequestContext; headers: Record<string, string> }> {
    await page.context().clearCookies();
    const login = await page.request.post(`${server.url}/api/auth/login`, { data: { brukernavn, passord: 'demo' } });
    expect(login.status()).toBe(200);
    return { req: page.request, headers: { 'x-csrf-token': (await login.json()).csrfToken as string } };
  }

  it('the archive registers a letter in a case of the case worker, and a second case', async () => {
    const { req, headers } = await api('valer.arkivar');
    const users = (await (await req.get(`${server.url}/api/brukere?perSide=500`)).json()).items as { id: string; brukernavn: string }[];
    const sb = users.find((u) => u.brukernavn === 'valer.saksbehandler')!.id;
    const newCase = async (tittel: string) => {
      const res = await req.post(`${server.url}/api/saksmapper`, {
        headers,
        data: { tittel, primaerKlasse: { verdi: 'L42' }, saksansvarligId: sb },
      });
      expect(res.status(), await res.text()).toBe(201);
      return res.json();
    };
    const sak = await newCase('Byggesak – Avslutningsveien 1');
    ids.sak = sak.id;
    ids.saksnummer = sak.saksnummer;
    ids.annen = (await newCase('Byggesak – Riktigveien 2')).id;
    const letter = async (tittel: string) => {
      const res = await req.post(`${server.url}/api/saksmapper/${ids.sak}/journalposter`, {
        headers,
        data: { journalposttype: 'I', tittel, dokumentmedium: 'F', saksbehandlerId: sb },
      });
      expect(res.status(), await res.text()).toBe(201);
      return (await res.json()).id as string;
    };
    ids.brev = await letter('Søknad om ferdigattest');
    ids.dobbel = await letter('Søknad om ferdigattest (dobbel)');
  });

  it('the archive moves one record to the right case and voids the duplicate, by keyboard', async () => {
    await page.context().clearCookies();
    await logIn(page, server.url, 'valer.arkivar');
    await page.goto(`${server.url}/journalposter/${ids.dobbel}`);
    await heading(/Søknad om ferdigattest \(dobbel\)$/).waitFor();
    await page.getByRole('button', { name: 'Marker som utgått', exact: true }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Begrunnelse (valgfri, lagres som merknad)').fill('Registrert to ganger');
    await expectNoAxeViolations(page, 'void dialog');
    await dialog.getByRole('button', { name: 'Sett til utgår' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByText(/U – Utgår|Utgår/)
      .first()
      .waitFor();

    await page.goto(`${server.url}/journalposter/${ids.brev}`);
    await heading(/Søknad om ferdigattest$/).waitFor();
    await page.getByRole('button', { name: 'Flytt til annen sak …' }).click();
    await dialog.getByLabel('Finn saken (tittel, part, gnr/bnr …)').fill('Riktigveien');
    await dialog.getByRole('radio', { name: /Riktigveien 2/ }).check();
    await expectNoAxeViolations(page, 'move dialog');
    await dialog.getByRole('button', { name: 'Flytt' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await logOut(page);
  });

  it('the case worker sees what is not written off, writes it off and asks for closing', async () => {
    // The first case has lost its letters (moved, void): the archive registers a new one in it.
    const { req, headers } = await api('valer.arkivar');
    const res = await req.post(`${server.url}/api/saksmapper/${ids.sak}/journalposter`, {
      headers,
      data: { journalposttype: 'I', tittel: 'Ettersendt tegning', dokumentmedium: 'F' },
    });
    expect(res.status(), await res.text()).toBe(201);
    const tegning = (await res.json()).id as string;
    await page.context().clearCookies();

    await logIn(page, server.url, 'valer.saksbehandler');
    await page.goto(`${server.url}/saker/${ids.sak}`);
    await heading(/Avslutningsveien 1$/).waitFor();
    const closing = page.getByRole('region', { name: 'Avslutning av saken' });
    await closing.getByRole('link', { name: new RegExp(`${ids.saksnummer}-\\d+ \\(I\\)`) }).waitFor();
    expect(await closing.getByRole('button', { name: 'Ønskes avsluttet' }).isDisabled()).toBe(true);
    await expectNoAxeViolations(page, 'case page with an open record');

    const worker = await api('valer.saksbehandler');
    const off = await worker.req.post(`${server.url}/api/journalposter/${tegning}/avskrivning`, {
      headers: worker.headers,
      data: { avskrivningsmaate: 'TE' },
    });
    expect(off.status(), await off.text()).toBe(200);
    await page.context().clearCookies();
    await logIn(page, server.url, 'valer.saksbehandler');
    await page.goto(`${server.url}/saker/${ids.sak}`);
    await closing.getByText('Alle inngående dokumenter (I) og notater (N) i saken er avskrevet.').waitFor();
    await closing.getByRole('button', { name: 'Ønskes avsluttet' }).click();
    await closing.getByText('Arkivet har fått beskjed om at saken ønskes avsluttet.').waitFor();
    await logOut(page);
  });

  it('the archive closes the case; the page offers a new case instead of a new record', async () => {
    await logIn(page, server.url, 'valer.arkivar');
    await page.goto(`${server.url}/arbeidslister/onskes-avsluttet`);
    await page.getByRole('link', { name: /Avslutningsveien 1/ }).click();
    await heading(/Avslutningsveien 1$/).waitFor();
    const closing = page.getByRole('region', { name: 'Avslutning av saken' });
    await closing.getByRole('button', { name: 'Avslutt saken' }).click();
    await closing.getByRole('link', { name: 'Opprett ny sak' }).waitFor();
    expect(await page.getByRole('link', { name: 'Registrer journalpost' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'closed case');
  });

  it('«Rapporter» lists the backlog with CSV and PDF downloads', async () => {
    await page.goto(`${server.url}/rapporter`);
    await heading('Rapporter').waitFor();
    await page.getByRole('link', { name: 'Last ned CSV' }).waitFor();
    await page.getByRole('region', { name: 'Restanser' }).waitFor();
    await expectNoAxeViolations(page, 'reports');
    await page.getByRole('tab', { name: 'Månedsoversikt' }).click();
    await page.getByRole('table', { name: /Per saksbehandler/ }).waitFor();
    await expectNoAxeViolations(page, 'monthly view');
    await logOut(page);
  });
});
