import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSmtp, type TestSmtp } from '../tests/oppgaver/smtp-test-server.js';
import { expectNoAxeViolations } from './support/browser.js';
import { selectMatching } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Seed 002 10.2.2 in the browser: an incoming letter in the case worker's
 * «Ubesvarte»; «Besvar …» (og avskriv) makes an outgoing letter from a
 * template; the case worker sends it to the leader for approval, who
 * approves; the case worker finishes it and dispatches it by e-mail to a
 * real SMTP server; the archive journalfører it; the incoming letter is
 * written off BE. Axe on each page and dialog.
 */
describe('answering a letter with approval and e-mail in Chromium', () => {
  let smtp: TestSmtp;
  let server: E2eServer;
  let page: Page;
  const ids = { sak: '', brev: '', svar: '' };
  const LETTER = 'Spørsmål om parkering ved rådhuset';

  // Before the server starts: the background work reads SMTP_URL once.
  beforeAll(async () => {
    smtp = await startTestSmtp();
    process.env.SMTP_URL = smtp.url;
    process.env.SMTP_FROM = 'post@valer.kommune.no';
  });
  afterAll(() => smtp.close());

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  const dialog = () => page.getByRole('dialog');
  const approval = () => page.getByRole('region', { name: 'Godkjenning og gjennomgang' });
  /** Sending and answering are the routine's activities, with the record's others. */
  const actions = () => page.getByRole('region', { name: 'Handlinger' });
  const csrf = async () => ({
    'x-csrf-token': ((await page.evaluate(() => fetch('/api/session').then((r) => r.json()))) as { csrfToken: string }).csrfToken,
  });

  it('answers an incoming letter from «Ubesvarte» with a letter from a template', async () => {
    await logIn(page, server.url, 'valer.saksbehandler');
    const headers = await csrf();
    const sak = await page.request.post(`${server.url}/api/saksmapper`, {
      headers,
      data: { tittel: 'Parkering ved rådhuset', primaerKlasse: { verdi: 'L42' } },
    });
    expect(sak.status(), await sak.text()).toBe(201);
    ids.sak = (await sak.json()).id;
    // The letter, registered by the case worker (seed 002 §6: S), goes to their «Ubesvarte».
    const brev = await page.request.post(`${server.url}/api/saksmapper/${ids.sak}/journalposter`, {
      headers,
      data: {
        journalposttype: 'I',
        tittel: LETTER,
        mottattDato: new Date().toISOString(),
        korrespondanseparter: [{ korrespondanseparttype: 'EA', navn: 'Kari Nordmann', epostadresse: 'kari@example.no' }],
      },
    });
    expect(brev.status(), await brev.text()).toBe(201);
    ids.brev = (await brev.json()).id;
    await page.goto(`${server.url}/arbeidslister/ubesvarte`);
    await page.getByRole('link', { name: LETTER }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${LETTER}$`) }).waitFor();
    await expectNoAxeViolations(page, 'the incoming letter');
    await page.getByRole('button', { name: 'Besvar …' }).click();
    await selectMatching(dialog().getByLabel('Mal', { exact: true }), /brev/i);
    await expectNoAxeViolations(page, 'answer dialog');
    await dialog().getByRole('button', { name: 'Registrer svaret' }).click();
    await page.getByRole('heading', { level: 1, name: /Svar på \d{4}\/\d+-1$/ }).waitFor();
    ids.svar = page.url().split('/').pop()!;
  });

  it('sends the answer to the leader for approval, who approves it', async () => {
    await actions().getByRole('button', { name: 'Send til godkjenning …' }).click();
    await dialog().getByLabel('Ledd 1').selectOption({ label: 'Per Haugen (Byggesak)' });
    await dialog().getByRole('button', { name: 'Send' }).click();
    await approval().getByText('Ligger hos').waitFor();
    await expectNoAxeViolations(page, 'answer out for approval');

    await logOut(page);
    await logIn(page, server.url, 'valer.leder');
    await page.goto(`${server.url}/arbeidslister/til-godkjenning`);
    await page.getByRole('link', { name: /Svar på \d{4}\/\d+-1/ }).click();
    await actions().getByRole('button', { name: 'Godkjenn …' }).click();
    await dialog().getByRole('button', { name: 'Godkjenn' }).click();
    await approval()
      .getByText(/^Godkjent \d/)
      .waitFor();
    await expectNoAxeViolations(page, 'approved answer');
  });

  it('the case worker finishes it and dispatches it by e-mail, which arrives', async () => {
    await logOut(page);
    await logIn(page, server.url, 'valer.saksbehandler');
    await page.goto(`${server.url}/journalposter/${ids.svar}`);
    // The merged letter first (the routine's «Ferdigstill dokumentene»), then the record.
    await actions().getByRole('button', { name: 'Ferdigstill dokumentene' }).click();
    // Nothing left under work: the routine no longer offers it.
    await actions().getByRole('button', { name: 'Ferdigstill dokumentene' }).waitFor({ state: 'detached' });
    await expectNoAxeViolations(page, 'documents finished');
    await page.getByRole('button', { name: 'Ferdigstill', exact: true }).click();
    await page.getByText('«Ferdigstill» er utført.').waitFor();
    await page.getByRole('button', { name: 'Ekspeder', exact: true }).click();
    expect(await dialog().getByLabel('Kanal til Kari Nordmann').inputValue()).toBe('epost');
    await expectNoAxeViolations(page, 'dispatch dialog');
    await dialog().getByRole('button', { name: 'Ekspeder' }).click();
    await dialog().waitFor({ state: 'hidden' });
    await expect.poll(() => smtp.received.length, { timeout: 60_000, interval: 250 }).toBeGreaterThan(0);
    expect(smtp.received[0]!.to).toMatchObject({ text: 'kari@example.no' });
    expect(smtp.received[0]!.subject).toMatch(/Svar på \d{4}\/\d+-1/);
    const dispatched = page.getByRole('table', { name: /^Ekspedering av .* per mottaker$/ });
    await expect
      // Each try reloads the page: more than the default second on a loaded machine.
      .poll(async () => (await page.reload(), await dispatched.getByRole('cell', { name: 'Sendt', exact: true }).count()), {
        timeout: 30_000,
      })
      .toBe(1);
    await expectNoAxeViolations(page, 'dispatched answer');
  });

  it('the archive journalfører the answer, and the letter is written off BE', async () => {
    await logOut(page);
    await logIn(page, server.url, 'valer.arkivar');
    await page.goto(`${server.url}/journalposter/${ids.svar}`);
    await page.getByRole('button', { name: 'Journalfør', exact: true }).click();
    await page.getByText('«Journalfør» er utført.').waitFor();
    await expectNoAxeViolations(page, 'journalført answer');
    await page.goto(`${server.url}/journalposter/${ids.brev}`);
    await page.getByText(/Avskrevet: BE \d{4}-\d{2}-\d{2}/).waitFor();
    await expectNoAxeViolations(page, 'the letter written off');
  });

  it("the case page tells the case's history, each record's step linking to it", async () => {
    await page.goto(`${server.url}/saker/${ids.sak}`);
    await page.getByRole('tab', { name: 'Saksforløp' }).click();
    const history = page.getByRole('list', { name: /^Saksforløpet i sak/ });
    await history.getByText('Saken ble opprettet').waitFor();
    for (const step of [
      /sendt til godkjenning hos Per Haugen/,
      /-\d+ godkjent$/,
      /^Dokument 1 i .* ferdigstilt$/,
      /ekspedert til Kari Nordmann på e-post \(sendt\)$/,
      /avskrevet BE \(besvart med e-post\) av/,
      /journalført$/,
    ])
      await expect(history.getByText(step).count()).resolves.toBe(1);
    await expectNoAxeViolations(page, 'case history');
    // Each step of a record links to it.
    await history
      .getByRole('link', { name: new RegExp(`${LETTER}$`) })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: new RegExp(`${LETTER}$`) }).waitFor();
  });
});
