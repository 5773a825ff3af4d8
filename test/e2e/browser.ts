import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from '../../scripts/lib/chromium.mjs';

/** Debian's Chromium, headless, with the flags this network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS, '--disable-quic'] });
}

/**
 * A desktop-sized page that records what should never happen in `problems`:
 * uncaught errors, console errors and CSP violations. `expected` names console
 * errors a test causes on purpose (a 404 it asks for).
 */
export async function watchedPage(browser: Browser, options: BrowserContextOptions = {}, expected?: (url: string) => boolean) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
  const problems: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !expected?.(m.location().url)) problems.push(m.text());
  });
  return { page, problems };
}

/** Waits until every island on the page has hydrated. */
export const hydrated = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
