import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../e2e/browser.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const base = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
const paths = [...sitemapPaths(), '/404.html'];

let browser: Browser;
let light: BrowserContext;
let dark: BrowserContext;

beforeAll(async () => {
  browser = await launchChromium();
  light = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  dark = await browser.newContext({ viewport: { width: 360, height: 780 }, colorScheme: 'dark' });
  for (const ctx of [light, dark])
    await ctx.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __csp: string[] }).__csp = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
});
afterAll(async () => {
  await browser?.close();
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

async function audit(ctx: BrowserContext, path: string) {
  const page = await ctx.newPage();
  const offHost: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== base) offHost.push(r.url());
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: tags } })
      .then((r) => r.violations),
    TAGS,
  )) as AxeViolation[];
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await page.close();
  return {
    violations: violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
    csp,
    offHost,
  };
}

describe('every page in the sitemap', () => {
  it('has the sitemap to walk', () => {
    expect(paths.length).toBeGreaterThan(100);
  });

  it.each(paths)('%s: 0 axe violations, 0 CSP violations, 0 requests off the host', async (path) => {
    const r = await audit(light, path);
    expect(r.violations).toEqual([]);
    expect(r.csp).toEqual([]);
    expect(r.offHost).toEqual([]);
  });
});

describe('dark mode on a phone', () => {
  const sample = ['/', '/roles/customer-representative/', '/kpis/sales-attainment/', '/glossary/kpi/', '/search/', '/guides/key-account-analysis-forms/'];
  it.each(sample)('%s: 0 axe violations', async (path) => {
    const r = await audit(dark, path);
    expect(r.violations).toEqual([]);
    expect(r.csp).toEqual([]);
  });
});
