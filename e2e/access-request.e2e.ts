import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startTestSmtp, type TestSmtp } from '../tests/oppgaver/smtp-test-server.js';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * An access request (issue 15 item 3) from the public journal to the answer:
 * a member of the public chooses a record of the demo archive and orders
 * access without login, and sees the receipt; the archive finds the request
 * in its «Innsynskrav» list; the leader of the record's unit (the demo's
 * case owners do not log in) marks an area of the demo document by dragging
 * on the page and another by keyboard, burns the redaction in, grants
 * partial access with a legal basis and «meroffentlighet» confirmed, and
 * sends the answer, which arrives by e-mail at a real SMTP server with the
 * redacted variant; the receipt then shows the decision. Axe clean on every
 * page, also phone-sized.
 */
describe('an access request in Chromium', () => {
  let smtp: TestSmtp;
  let server: E2eServer;
  let page: Page;
  const found = { recordId: '', number: '', date: '', receipt: '', request: '' };
  const journalUrl = () => `${server.url}/offentlig/964947260?fra=${found.date}&til=${found.date}`;

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

  /** A journalført record of the demo archive in Byggesak (Per Haugen's unit), open, with a PDF in the file store. */
  async function findRecord() {
    for (let side = 1; side <= 10 && !found.recordId; side++) {
      const journal = await page.request.get(
        `${server.url}/api/offentlig/964947260/journal?fra=2023-01-01&til=2026-12-31&perSide=200&side=${side}`,
      );
      const items = (await journal.json()).items as { id: string; journaldato: string }[];
      if (items.length === 0) break;
      for (const entry of items) {
        const record = await (await page.request.get(`${server.url}/api/journalposter/${entry.id}`)).json();
        if (record.administrativEnhet?.navn !== 'Byggesak' || record.tilgangskode) continue;
        const docs = await page.request.get(`${server.url}/api/journalposter/${entry.id}/dokumenter`);
        const files = (await docs.json()).items as { personsensitiv: boolean; dokumentobjekter: { mimeType: string }[] }[];
        if (!files.some((d) => !d.personsensitiv && d.dokumentobjekter.some((o) => o.mimeType === 'application/pdf'))) continue;
        // Its pages render: the file is in this server's file store.
        Object.assign(found, { recordId: entry.id, date: entry.journaldato });
        break;
      }
    }
    expect(found.recordId).not.toBe('');
  }

  it('orders access to a record of the demo archive from the public journal without login', async () => {
    await logIn(page, server.url, 'valer.leder');
    await findRecord();
    await logOut(page);

    await page.goto(journalUrl());
    const first = page.locator(`article[data-record-id="${found.recordId}"]`);
    await first.waitFor();
    const choose = first.getByRole('checkbox', { name: /^Velg .* for innsyn$/ });
    found.number = /(\S+) for innsyn/.exec((await first.locator('.visually-hidden').textContent()) ?? '')![1]!;
    await choose.check();
    await page.getByText('1 journalpost valgt.').waitFor();
    await page.getByLabel('Navn').fill('Per Presse');
    await page.getByLabel('E-post').fill('per@avis.no');
    await expectNoAxeViolations(page, 'public journal with an order');
    await page.getByRole('button', { name: 'Bestill innsyn' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kvittering for innsynskrav' }).waitFor();
    await page.getByText(/Våler kommune har mottatt innsynskravet ditt/).waitFor();
    expect(await page.getByRole('cell', { name: found.number, exact: true }).count()).toBe(1);
    found.receipt = page.url();
    await expectNoAxeViolations(page, 'receipt');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoAxeViolations(page, 'receipt on a phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('the archive finds the request in its «Innsynskrav» list and opens it', async () => {
    await logIn(page, server.url, 'valer.arkivar');
    await page.goto(`${server.url}/arbeidslister/innsynskrav`);
    const link = page.getByRole('link', { name: `Innsynskrav i ${found.number}` });
    await link.waitFor();
    await expectNoAxeViolations(page, '«Innsynskrav» worklist');
    await link.click();
    await page.getByRole('heading', { level: 1, name: /^Innsynskrav \d{4}\/\d+-1$/ }).waitFor();
    found.request = page.url();
    await expectNoAxeViolations(page, 'the request as the archive sees it');
    await logOut(page);
  });

  it("the unit's leader redacts the demo document by mouse and by keyboard and grants partial access", async () => {
    await logIn(page, server.url, 'valer.leder');
    await page.goto(found.request);
    const tool = page.locator('section.redaction').first();
    const image = tool.getByRole('img', { name: /^Side 1 av «/ });
    await image.waitFor();
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    await expectNoAxeViolations(page, 'decision page with the redaction tool');

    // By mouse: drag over the upper part of the page.
    const box = (await tool.getByTestId('redaction-page').boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.1);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.15, { steps: 5 });
    await page.mouse.move(box.x + box.width * 0.9, box.y + box.height * 0.2, { steps: 5 });
    await page.mouse.up();
    const marks = tool.getByRole('list', { name: 'Områder som sladdes' }).getByRole('listitem');
    await expect.poll(() => marks.count()).toBe(1);

    // By keyboard: position and size typed, field to field with Tab, added with Enter.
    await tool.getByLabel('Fra venstre (%)').focus();
    await page.keyboard.type('10');
    await page.keyboard.press('Tab');
    await page.keyboard.type('30');
    await page.keyboard.press('Tab');
    await page.keyboard.type('80');
    await page.keyboard.press('Tab');
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Legg til område');
    await page.keyboard.press('Enter');
    await expect.poll(() => marks.count()).toBe(2);
    await expect.poll(() => marks.nth(1).textContent()).toMatch(/^Side 1: 10 % fra venstre, 30 % fra toppen, 80 % bredt, 5 % høyt/);
    await expectNoAxeViolations(page, 'two marks');

    await tool.getByRole('button', { name: 'Sladd og lagre offentlig variant (2 områder)' }).click();
    await page.getByText('Offentlig variant', { exact: true }).first().waitFor();

    const form = page.locator('form').filter({ has: page.getByRole('group', { name: `Avgjørelse for ${found.number}` }) });
    await form.getByLabel('Delvis innsyn – den sladdede offentlige varianten sendes').check();
    await form.getByLabel('Hjemmel').selectOption('offl13-fvl13-1');
    await form.getByLabel('Begrunnelse (tas med i svaret)').fill('Navn og økonomiske opplysninger om privatpersoner er sladdet.');
    // «Meroffentlighet» not confirmed: the server's refusal shows at the checkbox.
    await form.getByRole('button', { name: 'Lagre avgjørelse' }).click();
    await form.getByText(/må bekreftes: vurder meroffentlighet/).waitFor();
    await expectNoAxeViolations(page, 'decision refused at its field');
    await form.getByLabel('Meroffentlighet er vurdert (offentleglova § 11)').check();
    await form.getByRole('button', { name: 'Lagre avgjørelse' }).click();
    await page.getByText('Delvis innsyn', { exact: true }).waitFor();
    await expectNoAxeViolations(page, 'partial access decided');
  });

  it('sends the answer by e-mail with the redacted variant; the receipt shows the decision', async () => {
    await page.getByRole('button', { name: 'Send svar' }).click();
    await page.getByText(/^Besvart \d/).waitFor();
    await expectNoAxeViolations(page, 'request answered');
    await expect.poll(() => smtp.received.length, { timeout: 60_000, interval: 250 }).toBeGreaterThan(0);
    const mail = smtp.received[0]!;
    expect(mail.to).toMatchObject({ text: 'per@avis.no' });
    // The letter and the redacted public variant of the demo document.
    expect(mail.attachments.filter((a) => a.contentType === 'application/pdf').length).toBeGreaterThanOrEqual(2);
    await logOut(page);

    await page.goto(found.receipt);
    await page.getByText(/Innsynskravet ble besvart/).waitFor();
    const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: found.number, exact: true }) });
    await row.getByRole('cell', { name: 'Delvis innsyn', exact: true }).waitFor();
    await expectNoAxeViolations(page, 'receipt with the decision');
    await page.setViewportSize({ width: 375, height: 740 });
    await expectNoAxeViolations(page, 'answered receipt on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
