import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium, never a downloaded one; these flags keep it off the (closed) network. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

let shared: Promise<Browser> | undefined;

/**
 * One Chromium per test worker, shared by the files it runs one after
 * another (isolate: false in e2e/vitest.config.ts): starting a browser for
 * every file cost seconds each time. Files keep apart by having their own
 * browser context (cookies, storage); Playwright ends the browser with the
 * worker process.
 */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser().then((browser) => {
    browser.on('disconnected', () => (shared = undefined));
    return browser;
  });
  return shared;
}

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with each violated axe rule and the elements that break it (WCAG 2.1 A and AA). */
export async function expectNoAxeViolations(page: Page, where = page.url()): Promise<void> {
  // A popover fading in has half-transparent text; measure contrast once it has settled.
  await page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined)));
    // A Details panel grows by a height transition that getAnimations does not list; axe reads an element's
    // place and then what lies there, so wait until the page's height has held still for a few frames.
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const height = () =>
      Array.from(document.querySelectorAll('details'), (d) => d.offsetHeight).join(',') + `/${document.documentElement.scrollHeight}`;
    for (let last = height(), still = 0, tries = 0; still < 6 && tries < 120; tries++) {
      await frame();
      const now = height();
      still = now === last ? still + 1 : 0;
      last = now;
    }
  });
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  if (violations.length === 0) return;
  const report = violations.map((v) => {
    const nodes = v.nodes.map(
      (n) => `    ${n.target.join(' ')}: ${n.html.slice(0, 160)}\n      ${(n.failureSummary ?? '').replaceAll('\n', ' ')}`,
    );
    return `- ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${nodes.join('\n')}`;
  });
  throw new Error(`axe found ${violations.length} accessibility violation(s) on ${where}:\n${report.join('\n')}`);
}
