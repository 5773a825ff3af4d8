import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';

/** Debian's Chromium, headless, with the flags this network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_FLAGS, '--disable-quic'],
  });
}

/**
 * A desktop-sized page that records what should never happen in `problems`:
 * uncaught errors, console errors and CSP violations. `expected` names console
 * errors a test causes on purpose (a 404 it asks for).
 */
export async function watchedPage(
  browser: Browser,
  options: BrowserContextOptions = {},
  expected?: (url: string) => boolean,
) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected?.(m.location().url)) problems.push(m.text());
  });
  return { page, problems };
}

/** Waits until every island on the page has hydrated (a client:first-use one does once used). */
export const hydrated = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
  );

/**
 * One Chromium for the file and fresh watched pages for each test, so that a test
 * runs alone (`-t`) as well as in order. After each test, every page it opened must
 * have loaded an address under `base` and logged no error or CSP violation: a
 * test that loaded nothing cannot pass the check by having nothing to report.
 */
export function pagesPerTest(base: string) {
  let browser: Browser | undefined;
  let opened: { page: Page; problems: string[] }[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const pages = opened;
    opened = [];
    const loaded = pages.map(({ page }) => page.url());
    await Promise.all(pages.map(({ page }) => page.close()));
    expect(pages.length, 'the test opened a page').toBeGreaterThan(0);
    for (const [i, { problems }] of pages.entries()) {
      expect(loaded[i], 'the page loaded an address of the site').toMatch(
        new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`),
      );
      expect(problems, `script errors or CSP violations on ${loaded[i]}`).toEqual([]);
    }
  });
  return {
    /** A new page; `expected` names console errors the test causes on purpose. */
    async open(options: BrowserContextOptions = {}, expected?: (url: string) => boolean) {
      if (!browser)
        throw new Error('pagesPerTest: Chromium is not running (call it at the top of the file)');
      const watched = await watchedPage(browser, options, expected);
      opened.push(watched);
      return watched.page;
    },
    browser: () => browser!,
  };
}
/** Waits until the islands that hydrate by themselves have: all but client:first-use ones. */
export const selfHydrated = (page: Page) =>
  page.waitForFunction(() =>
    [...document.querySelectorAll('astro-island:not([client="first-use"])')].every(
      (i) => !i.hasAttribute('ssr'),
    ),
  );
