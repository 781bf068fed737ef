import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { makePdf } from '../src/features/dokumenter/make-pdf.js';
import { composeEml } from '../tests/mottak/mail-fixtures.js';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

const CASE_TITLE = 'Byggesøknad Storgata 12';

/**
 * The archivist's reception queue (issue 13): post loaded as a scan and as
 * e-mail, the scan registered in a new case, the e-mail on that case found
 * by suggestion and registered with the keyboard, an invoice kept out of the
 * archive and forwarded to a case worker, who opens it; an e-mail asking for
 * access registered as an access request; axe on every page.
 */
describe('the reception queue in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  browserJourney((s, p) => {
    server = s;
    page = p;
  });
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const queue = () => page.getByRole('table', { name: 'Post i postmottaket' });
  const login = (user: string) => logIn(page, server.url, user);
  /** The e-mail's record, once registered: an access request asks for it later. */
  let recordNumber = '';

  it('loads a scanned letter and two e-mails into the queue', async () => {
    await login('valer.arkivar');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Postmottak' }).click();
    await heading('Postmottak').waitFor();
    await expectNoAxeViolations(page, 'reception queue');
    await page.getByText('Last inn post').click();
    await field('Skannede brev (PDF, bilder) eller e-post (.eml)').setInputFiles([
      {
        name: 'scan0001.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(await makePdf(`Søknad om tillatelse til tiltak: ${CASE_TITLE}`)),
      },
      {
        name: 'svar.eml',
        mimeType: 'message/rfc822',
        buffer: await composeEml({ subject: `SV: RE: ${CASE_TITLE}`, messageId: '<e2e-1@example.no>', text: 'Her er tegningene.' }),
      },
      {
        name: 'faktura.eml',
        mimeType: 'message/rfc822',
        buffer: await composeEml({ subject: 'Faktura 2026-117', messageId: '<e2e-2@example.no>', text: 'Faktura for kontorrekvisita.' }),
      },
    ]);
    await expectNoAxeViolations(page, 'upload form');
    await page.getByRole('button', { name: 'Last inn', exact: true }).click();
    await page.getByText('3 ny post, 0 var mottatt fra før.').waitFor();
    await queue().getByRole('link', { name: 'scan0001' }).waitFor();
    expect(await queue().getByText('Uklar tittel').count()).toBe(2);
  });

  it('registers the scanned letter in a new case, beside its preview', async () => {
    await queue().getByRole('link', { name: 'scan0001' }).click();
    await heading('Post: scan0001').waitFor();
    await page.getByTitle('Forhåndsvisning av scan0001.pdf').waitFor();
    await page.getByText('Emnet sier ikke hva posten gjelder.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'reception item');
    // Preview and form side by side on a laptop screen, without scrolling sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.getByRole('radio', { name: 'Ny sak' }).check();
    await field('Sakens tittel').fill(CASE_TITLE);
    await field('Arkivkode (klasse) (valgfritt)').fill('L42');
    await page.getByLabel('Enhet som får saken').selectOption({ index: 1 });
    await field('Journalpostens tittel').fill(`Søknad om tillatelse til tiltak – ${CASE_TITLE}`);
    await field('Avsenders navn (valgfritt)').fill('Kari Byggherre');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByText('Posten er registrert.').waitFor();
    await expectNoAxeViolations(page, 'registered item');
  });

  it('finds that case by suggestion for the e-mail and registers it with Ctrl+Enter', async () => {
    await page.keyboard.press('Alt+Shift+N');
    await heading(`Post: SV: RE: ${CASE_TITLE}`).waitFor();
    await page.getByText('Her er tegningene.', { exact: false }).waitFor();
    expect(await field('Journalpostens tittel').inputValue()).toBe(CASE_TITLE);
    const suggestion = page.getByRole('radio', { name: new RegExp(`^\\d{4}/\\d+ ${CASE_TITLE} \\(.*lignende tittel.*\\)$`) });
    await suggestion.check();
    await expectNoAxeViolations(page, 'e-mail with a suggested case');
    await field('Journalpostens tittel').fill(`Tegninger til ${CASE_TITLE}`);
    await field('Journalpostens tittel').press('Control+Enter');
    await page.getByText('Posten er registrert.').waitFor();
    await page.getByRole('link', { name: 'Åpne journalposten' }).click();
    const opened = heading(new RegExp(`^Journalpost \\d{4}/\\d+-2: Tegninger til ${CASE_TITLE}$`));
    await opened.waitFor();
    recordNumber = /\d{4}\/\d+-2/.exec((await opened.textContent()) ?? '')![0];
    await page.getByText('e-post.txt').first().waitFor();
  });

  it('keeps the invoice out of the archive and forwards it to a case worker', async () => {
    await page.goto(`${server.url}/postmottak`);
    await queue().getByRole('link', { name: 'Faktura 2026-117' }).click();
    await heading('Post: Faktura 2026-117').waitFor();
    await page.keyboard.press('Alt+Shift+B');
    const dialog = page.getByRole('dialog', { name: 'Hold posten utenfor arkivet (arkivbegrensning)' });
    await dialog.getByLabel('Grunn', { exact: true }).selectOption({ label: 'Faktura' });
    await dialog.getByLabel('Søk etter adressat (navn eller brukernavn)').fill('saksbehandler');
    await dialog.getByRole('radio', { name: /\(valer\.saksbehandler\)$/ }).check();
    await expectNoAxeViolations(page, 'arkivbegrensning dialog');
    await dialog.getByRole('button', { name: 'Hold utenfor og videresend' }).click();
    await heading('Postmottak').waitFor();
    expect(await queue().count()).toBe(0);
  });

  it('registers an e-mail asking for access as an access request, with the record number its subject names', async () => {
    await page.getByText('Last inn post').click();
    await field('Skannede brev (PDF, bilder) eller e-post (.eml)').setInputFiles([
      {
        name: 'innsyn.eml',
        mimeType: 'message/rfc822',
        buffer: await composeEml({ subject: `Innsynskrav ${recordNumber}`, messageId: '<e2e-3@example.no>', text: 'Ber om innsyn.' }),
      },
    ]);
    await page.getByRole('button', { name: 'Last inn', exact: true }).click();
    await queue()
      .getByRole('link', { name: `Innsynskrav ${recordNumber}` })
      .click();
    await heading(`Post: Innsynskrav ${recordNumber}`).waitFor();
    await page.getByRole('button', { name: 'Registrer som innsynskrav' }).click();
    const dialog = page.getByRole('dialog', { name: 'Registrer posten som innsynskrav' });
    expect(await dialog.getByLabel('Journalposter kravet gjelder').inputValue()).toBe(recordNumber);
    expect(await dialog.getByLabel('Innsynskrevers e-postadresse').inputValue()).toBe('ola.nordmann@example.no');
    await expectNoAxeViolations(page, 'access request dialog');
    await dialog.getByRole('button', { name: 'Registrer innsynskrav' }).click();
    await page.getByText('Posten er registrert.').waitFor();
    await page.getByRole('link', { name: 'Åpne journalposten' }).click();
    await heading(new RegExp(`^Journalpost \\d{4}/\\d+-1: Innsynskrav i ${recordNumber}$`)).waitFor();
  });

  it("shows the forwarded invoice in the case worker's «Videresendt til meg»", async () => {
    await logOut(page);
    await login('valer.saksbehandler');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Videresendt til meg' }).click();
    await heading('Videresendt til meg').waitFor();
    await expectNoAxeViolations(page, 'forwarded to me');
    await page.getByRole('link', { name: 'Faktura 2026-117' }).click();
    await page.getByText('Posten er holdt utenfor arkivet: Faktura.').waitFor();
    await page.getByText('Faktura for kontorrekvisita.', { exact: false }).waitFor();
    await expectNoAxeViolations(page, 'forwarded item');
  });
});
