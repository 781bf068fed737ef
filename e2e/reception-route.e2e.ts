import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import { makePdf } from '../src/features/dokumenter/make-pdf.js';
import { composeEml } from '../tests/mottak/mail-fixtures.js';
import { expectNoAxeViolations } from './support/browser.js';
import { chooseArkivdelAndKlasse } from './support/case-form.js';
import { browserJourney } from './support/journey.js';
import { logIn, logOut } from './support/login.js';
import type { E2eServer } from './support/server.js';

const EXISTING = 'Reguleringsplan for Sagstua';
const NEW_CASE = 'Søknad om bruksendring Torget 3';

/**
 * The whole route of issue 13 in the browser: an e-mail arrives, the
 * archivist registers it on the existing case the suggestions offer, and the
 * case owner finds it in Ubesvarte; a scanned letter becomes a new case of
 * the unit, the leader finds it in Til fordeling and distributes it, and the
 * case worker finds it in Ubesvarte. Axe on every page.
 */
describe('from the reception queue to the case worker, in Chromium', () => {
  let server: E2eServer;
  let page: Page;
  browserJourney((s, p) => {
    server = s;
    page = p;
  });
  const heading = (name: string | RegExp) => page.getByRole('heading', { level: 1, name });
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const login = (user: string) => logIn(page, server.url, user);
  const worklist = async (tab: string) => {
    await page.goto(`${server.url}/arbeidslister`);
    await heading('Arbeidslister').waitFor();
    await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
    return page.getByRole('region', { name: tab });
  };
  const upload = async (files: { name: string; mimeType: string; buffer: Buffer }[]) => {
    await page.goto(`${server.url}/postmottak`);
    await heading('Postmottak').waitFor();
    await page.getByText('Last inn post').click();
    await field('Skannede brev (PDF, bilder) eller e-post (.eml)').setInputFiles(files);
    await page.getByRole('button', { name: 'Last inn', exact: true }).click();
    await page.getByText(`${files.length} ny post, 0 var mottatt fra før.`).waitFor();
  };

  it('has a case of the case worker to begin with', async () => {
    await login('valer.saksbehandler');
    await page.goto(`${server.url}/saker/ny`);
    await heading('Ny sak').waitFor();
    await field('Tittel').fill(EXISTING);
    await chooseArkivdelAndKlasse(page);
    await page.getByRole('button', { name: 'Opprett sak' }).click();
    await heading(new RegExp(`^Sak \\d{4}/\\d+: ${EXISTING}$`)).waitFor();
    await logOut(page);
  });

  /** Opens the queue item with this title and registers it on the case the suggestions offer for EXISTING. */
  const registerOnExisting = async (item: string, title: string) => {
    await page.goto(`${server.url}/postmottak`);
    await page.getByRole('table', { name: 'Post i postmottaket' }).getByRole('link', { name: item }).click();
    await heading(`Post: ${item}`).waitFor();
    await field('Finn saken (tittel, part, gnr/bnr …)').fill(EXISTING);
    await page.getByRole('radio', { name: new RegExp(`^\\d{4}/\\d+ ${EXISTING} \\(.*lignende tittel.*\\)$`) }).check();
    await field('Journalpostens tittel').fill(title);
    await expectNoAxeViolations(page, `${item} on a suggested case`);
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByText('Posten er registrert.').waitFor();
  };

  it('registers an arriving e-mail on that case, found by suggestion', async () => {
    await login('valer.arkivar');
    await upload([
      { name: 'varsel.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(`Varsel om oppstart: ${EXISTING}`)) },
      {
        name: 'innspill.eml',
        mimeType: 'message/rfc822',
        buffer: await composeEml({ subject: `RE: ${EXISTING}`, messageId: '<route-1@example.no>', text: 'Innspill til planen.' }),
      },
    ]);
    // The case's first letter (a new case's letter goes to the unit); then the e-mail, post on an existing case.
    await registerOnExisting('varsel', `Varsel om oppstart av ${EXISTING}`);
    await registerOnExisting(`RE: ${EXISTING}`, `Innspill til ${EXISTING}`);
  });

  it('registers a scanned letter in a new case of the unit Byggesak', async () => {
    await upload([{ name: 'brev.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makePdf(NEW_CASE)) }]);
    await page.getByRole('table', { name: 'Post i postmottaket' }).getByRole('link', { name: 'brev' }).click();
    await heading('Post: brev').waitFor();
    await page.getByRole('radio', { name: 'Ny sak' }).check();
    await field('Sakens tittel').fill(NEW_CASE);
    // «Finnes saken allerede?» answers before a new case is made (seed 001).
    await page.getByRole('heading', { name: 'Finnes saken allerede?' }).waitFor();
    await field('Arkivkode (klasse) (valgfritt)').fill('L42');
    await page.getByLabel('Enhet som får saken').selectOption({ label: 'Byggesak' });
    await field('Journalpostens tittel').fill(NEW_CASE);
    await field('Avsenders navn (valgfritt)').fill('Torget 3 AS');
    await expectNoAxeViolations(page, 'scan in a new case');
    await page.getByRole('button', { name: 'Registrer', exact: true }).click();
    await page.getByText('Posten er registrert.').waitFor();
    await logOut(page);
  });

  it("shows the e-mail in the case owner's Ubesvarte", async () => {
    await login('valer.saksbehandler');
    const list = await worklist('Ubesvarte');
    await list.getByRole('link', { name: `Innspill til ${EXISTING}` }).waitFor();
    await expectNoAxeViolations(page, 'Ubesvarte of the case owner');
    await logOut(page);
  });

  it("lets the unit's leader distribute the new case's letter from Til fordeling", async () => {
    await login('valer.leder');
    const list = await worklist('Til fordeling');
    const row = list.getByRole('row', { name: new RegExp(NEW_CASE) });
    await row.waitFor();
    await expectNoAxeViolations(page, 'Til fordeling of the leader');
    await row.getByRole('button', { name: /^Fordel \S+$/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Fordel journalpost/ });
    await dialog.getByLabel('Saksbehandler', { exact: true }).selectOption({ label: 'Ola Sætre' });
    await expectNoAxeViolations(page, 'distribute dialog');
    await dialog.getByRole('button', { name: 'Fordel', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await logOut(page);
  });

  it("shows the distributed letter in the case worker's Ubesvarte", async () => {
    await login('valer.saksbehandler');
    const list = await worklist('Ubesvarte');
    await list.getByRole('link', { name: NEW_CASE }).waitFor();
    await expectNoAxeViolations(page, 'Ubesvarte after distribution');
  });
});
