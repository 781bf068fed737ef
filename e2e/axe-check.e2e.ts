import { beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectNoAxeViolations, sharedBrowser } from './support/browser.js';

// The accessibility check guards every browser test; prove that it can fail.
describe('expectNoAxeViolations', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await sharedBrowser();
  });

  it('passes an accessible page and names the rule and element on an inaccessible one', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.setContent(
      '<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><h1>Prøve</h1></main></body></html>',
    );
    await expectNoAxeViolations(page, 'accessible page');

    await page.setContent(
      '<!doctype html><html lang="nb"><head><title>Prøve</title></head><body><main><img src="x.png"></main></body></html>',
    );
    await expect(expectNoAxeViolations(page, 'broken page')).rejects.toThrow(/image-alt[\s\S]*img/);
    await context.close();
  });
});
