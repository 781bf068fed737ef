import type { Page } from 'playwright-core';

/** Logs `brukernavn` in through the login page and waits for the main menu. */
export async function logIn(page: Page, serverUrl: string, brukernavn: string, passord = 'demo'): Promise<void> {
  await page.goto(`${serverUrl}/logg-inn`);
  await page.getByLabel('Brukernavn', { exact: true }).fill(brukernavn);
  await page.getByLabel('Passord', { exact: true }).fill(passord);
  await page.getByRole('button', { name: 'Logg inn' }).click();
  await page.getByRole('navigation', { name: 'Hovedmeny' }).waitFor();
}

/**
 * Logs out and waits for the login page: a navigation started while the
 * logout's own is under way would be aborted (net::ERR_ABORTED).
 */
export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Logg ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logg inn' }).waitFor();
}
