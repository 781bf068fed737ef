import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './support/browser.js';
import { browserJourney } from './support/journey.js';
import { logIn } from './support/login.js';
import type { E2eServer } from './support/server.js';

/**
 * Issue 17 items 1 and 3 in the browser: the archive ends the period of an
 * arkivdel (krav 6.2: a successor starts, open cases are carried over), closes
 * the part left in overlap, and keeps the organisation's list of approved
 * archival formats (krav 2.7.9). By keyboard where it matters; axe on the page
 * and the open dialog.
 */
describe('archive parts, periods and archival formats in Chromium', () => {
  let server: E2eServer;
  let page: Page;

  browserJourney((s, p) => {
    server = s;
    page = p;
  });

  // By the short name in the row's first cell: a part's successor and predecessor cells name other parts.
  const row = (kortnavn: string) => page.getByRole('row').filter({ has: page.locator('strong').getByText(kortnavn, { exact: true }) });

  it('shows the arkivdeler with their status to the archive', async () => {
    await logIn(page, server.url, 'valer.arkivar');
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Arkivdeler' }).click();
    await page.getByRole('heading', { level: 1, name: 'Arkivdeler og perioder' }).waitFor();
    await row('ELEV').getByText('Aktiv periode').waitFor();
    await expectNoAxeViolations(page, 'archive parts');
  });

  it('ends the period of ELEV by keyboard: a successor takes over, ELEV keeps its open cases in the overlap', async () => {
    await row('ELEV')
      .getByRole('button', { name: /^Avslutt perioden for ELEV/ })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Avslutt perioden for ELEV' }).waitFor();
    await expectNoAxeViolations(page, 'end period dialog');
    // A short name with a space is refused before anything is sent.
    await dialog.getByLabel('Kortnavn på den nye arkivdelen').fill('ELEV 2027');
    await dialog.getByRole('button', { name: 'Avslutt perioden' }).click();
    await dialog.getByText('Kortnavnet kan ha 1–20 bokstaver').waitFor();
    await dialog.getByLabel('Kortnavn på den nye arkivdelen').fill('ELEV-2027');
    await dialog.getByLabel('Tittel på den nye arkivdelen').fill('Elevmapper fra 2027');
    // Left unticked: the open cases stay in the overlap until carried over below.
    expect(await dialog.getByLabel('Overfør åpne saker til den nye arkivdelen nå').isChecked()).toBe(false);
    await dialog.getByRole('button', { name: 'Avslutt perioden' }).focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'hidden' });
    await row('ELEV-2027').getByText('Aktiv periode').waitFor();
    await row('ELEV').getByText('Overlappingsperiode').waitFor();
    await row('ELEV-2027').getByRole('cell', { name: 'ELEV', exact: true }).waitFor();
  });

  it('carries the open cases over to the successor, then closes ELEV', async () => {
    await row('ELEV')
      .getByRole('button', { name: /^Overfør åpne saker i ELEV/ })
      .click();
    await page.getByText(/^\d+ sak(er)? ble overført\.$/).waitFor();
    await row('ELEV')
      .getByRole('button', { name: /^Avslutt arkivdelen ELEV/ })
      .click();
    await row('ELEV').getByText('Avsluttet periode').waitFor();
    // A closed part takes no more period actions; what is left is the extraction (issue 17 item 4).
    expect(await row('ELEV').getByRole('button').count()).toBe(1);
    await row('ELEV').getByRole('button', { name: 'Lag arkivuttrekk av ELEV' }).waitFor();
  });

  it('keeps its own list of approved archival formats and goes back to the standard list', async () => {
    const formats = page.getByRole('group', { name: 'Formater (PRONOM-identifikator)' });
    await page.getByText('Organisasjonen bruker standardlisten.').waitFor();
    await page.getByLabel('Legg til et format').fill('pdf');
    await page.getByRole('button', { name: 'Lagre formatene' }).click();
    await page.getByText('Skriv en PRONOM-identifikator').waitFor();
    await formats.getByLabel('JPEG (fmt/43)').uncheck();
    await page.getByLabel('Legg til et format').fill('fmt/1777');
    await page.getByRole('button', { name: 'Lagre formatene' }).click();
    await page.getByText('Formatene er lagret.').waitFor();
    await page.getByText('Organisasjonen har sin egen liste.').waitFor();
    expect(await formats.getByLabel('fmt/1777').isChecked()).toBe(true);
    expect(await formats.getByLabel('JPEG (fmt/43)').isChecked()).toBe(false);
    await expectNoAxeViolations(page, 'archive parts with own format list');
    await page.getByRole('button', { name: 'Bruk standardlisten' }).click();
    await page.getByText('Organisasjonen bruker nå standardlisten.').waitFor();
    expect(await formats.getByLabel('JPEG (fmt/43)').isChecked()).toBe(true);
  });
});
