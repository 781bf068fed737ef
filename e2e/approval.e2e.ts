import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Approval in the browser (seed 001 «dokumenter til godkjenning»): the case
 * worker sends a case paper to the leader, who returns it with a comment
 * from «Til godkjenning»; the case worker reads the answer and sends it
 * anew, and the leader approves it — with an accessibility check on each
 * page. That finishing waits for approval is tested in tests/godkjenning.
 */
describe('approval of a document in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  let recordUrl = '';

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const section = () => page.getByRole('region', { name: 'Godkjenning og gjennomgang' });
  const dialog = () => page.getByRole('dialog');
  /** Sending and answering are the routine's activities, with the record's others. */
  const actions = () => page.getByRole('region', { name: 'Handlinger' });

  it('lets the case worker send a reserved case paper to the leader for approval', async () => {
    await logIn(page, server.url, 'valer.saksbehandler');
    const csrf = await page.evaluate(() => fetch('/api/session').then((r) => r.json()));
    const headers = { 'x-csrf-token': (csrf as { csrfToken: string }).csrfToken };
    const sak = await page.request.post(`${server.url}/api/saksmapper`, {
      headers,
      data: { tittel: 'Reguleringsplan for sentrum', primaerKlasse: { verdi: 'L42' } },
    });
    expect(sak.status(), await sak.text()).toBe(201);
    // An own document is made from a template: the organisation's case-paper template.
    const maler = await page.request.get(`${server.url}/api/maler?journalposttype=S`);
    const brevmalId = ((await maler.json()) as { items: { id: string }[] }).items[0]!.id;
    const jp = await page.request.post(`${server.url}/api/saksmapper/${(await sak.json()).id}/journalposter`, {
      headers,
      data: { journalposttype: 'S', tittel: 'Saksframlegg – reguleringsplan', brevmalId },
    });
    expect(jp.status(), await jp.text()).toBe(201);
    recordUrl = `${server.url}/journalposter/${(await jp.json()).id}`;
    await page.goto(recordUrl);
    await section().getByText('Dokumentet er ikke sendt til godkjenning eller gjennomgang.').waitFor();
    await actions().getByRole('button', { name: 'Send til godkjenning …' }).click();
    await dialog().getByLabel('Ledd 1').selectOption({ label: 'Per Haugen (Byggesak)' });
    await dialog().getByLabel('Kommentar (valgfri)').fill('Til politisk behandling');
    await expectNoAxeViolations(page, 'send for approval dialog');
    await dialog().getByRole('button', { name: 'Send' }).click();
    await section().getByText('Ligger hos').waitFor();
    await expectNoAxeViolations(page, 'record out for approval');
  });

  it("puts it in the leader's «Til godkjenning», who returns it with a comment", async () => {
    await logOut(page);
    await logIn(page, server.url, 'valer.leder');
    await page.goto(`${server.url}/arbeidslister/til-godkjenning`);
    await page.getByRole('link', { name: /Saksframlegg – reguleringsplan/ }).click();
    await section().getByText('Dokumentet ligger hos deg til godkjenning.').waitFor();
    await actions().getByRole('button', { name: 'Returner …' }).click();
    await dialog().getByLabel('Kommentar (påkrevd)').fill('Mangler konsekvensvurdering');
    await dialog().getByRole('button', { name: 'Returner' }).click();
    await section().getByText('Ikke godkjent').waitFor();
    await expectNoAxeViolations(page, 'returned');
  });

  it('tells the case worker, who sends it anew, and the leader approves it', async () => {
    await logOut(page);
    await logIn(page, server.url, 'valer.saksbehandler');
    await page.goto(`${server.url}/arbeidslister/svar-fra-godkjenning`);
    await page.getByText(/Mangler konsekvensvurdering/).waitFor();
    await expectNoAxeViolations(page, 'answers from approval');
    await page.goto(recordUrl);
    await actions().getByRole('button', { name: 'Send til godkjenning …' }).click();
    await dialog().getByLabel('Ledd 1').selectOption({ label: 'Per Haugen (Byggesak)' });
    await dialog().getByRole('button', { name: 'Send' }).click();
    await section().getByText('Ligger hos').waitFor();

    await logOut(page);
    await logIn(page, server.url, 'valer.leder');
    await page.goto(recordUrl);
    await actions().getByRole('button', { name: 'Godkjenn …' }).click();
    await dialog().getByRole('button', { name: 'Godkjenn' }).click();
    await section()
      .getByText(/^Godkjent \d/)
      .waitFor();
    await expectNoAxeViolations(page, 'approved');
  });
});
