import type { Locator, Page } from 'playwright-core';

/** Picks the first option of a select whose text matches, or the first real option when none does. */
export async function selectMatching(select: Locator, text: RegExp): Promise<void> {
  const match = (await select.locator('option').allTextContents()).find((o) => text.test(o));
  await select.selectOption(match ? { label: match } : { index: 1 });
}

/** On the new-case form: the sakarkiv archive part and the first class of its scheme (which loads after). */
export async function chooseArkivdelAndKlasse(page: Page): Promise<void> {
  await selectMatching(page.getByLabel('Arkivdel', { exact: true }), /sakarkiv/i);
  const klasse = page.getByLabel('Klasse (primær klassering)', { exact: true });
  await klasse.locator('option').nth(1).waitFor({ state: 'attached' });
  await klasse.selectOption({ index: 1 });
}
