import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium } from '../e2e/browser.ts';
import { fillWorkedExample, gradeTeamCsv } from '../e2e/widgets.ts';
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

async function audit(ctx: BrowserContext, path: string, prepare?: (page: Page) => Promise<void>) {
  const page = await ctx.newPage();
  const offHost: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== base) offHost.push(r.url());
  });
  await page.goto(base + path, { waitUntil: 'networkidle' });
  if (prepare) {
    await hydrated(page);
    await prepare(page);
  }
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

describe('on a 360 px phone', () => {
  it('no page is wider than the screen (wide tables scroll inside their own box)', async () => {
    const page = await dark.newPage();
    const wide: string[] = [];
    for (const path of paths) {
      await page.goto(base + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
    }
    await page.close();
    expect(wide).toEqual([]);
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

describe('widgets in use', () => {
  const cases: [string, string, (page: Page) => Promise<void>][] = [
    ['the grader with figures and a refused value', '/tools/scorecard/?card=customer-representative-annual', async (page) => {
      await fillWorkedExample(page);
      await page.getByLabel('客户满意度 数值(%)').fill('abc');
      await page.locator('summary', { hasText: '计算过程' }).click();
    }],
    ['the team grader with results, errors and the forced distribution', '/tools/team/', async (page) => {
      await gradeTeamCsv(page);
      await page.getByRole('checkbox', { name: '显示强制分布建议' }).check();
    }],
    ['the target breakdown with results and a refused value', '/tools/targets/', async (page) => {
      await page.getByLabel('年度目标').fill('1200000');
      await page.getByLabel('年份').fill('20x6');
    }],
    ['search results', '/search/?q=%E5%AE%A2%E6%88%B7', async (page) => {
      await page.locator('[data-page-results] li').first().waitFor();
    }],
    ['a term’s definition shown', '/responsibilities/business-director-3-market-analysis/', async (page) => {
      await page.locator('.term-ref > a.term').first().focus();
    }],
    // Last: the choice stays in each context's localStorage.
    ['the other theme chosen and the menu open', '/glossary/', async (page) => {
      await page.getByRole('button', { name: '深色模式' }).click();
      if (await page.getByRole('button', { name: '菜单' }).isVisible()) await page.getByRole('button', { name: '菜单' }).click();
    }],
  ];
  it.each(cases)('%s: 0 axe violations, 0 CSP violations', async (_name, path, prepare) => {
    for (const ctx of [light, dark]) {
      const r = await audit(ctx, path, prepare);
      expect(r.violations).toEqual([]);
      expect(r.csp).toEqual([]);
    }
  });
});
