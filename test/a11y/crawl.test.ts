import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium, selfHydrated } from '../e2e/browser.ts';
import {
  fillWorkedExample,
  fillWorkedExampleEn,
  gradeTeamCsv,
  gradeTeamCsvEn,
} from '../e2e/widgets.ts';
import { sitemapPaths } from '../support/sitemap.ts';
import { EN_SAMPLE } from '../support/english.ts';

const base = inject('baseUrl');
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'];
// An English page is its Chinese page's component with other strings, so the crawl audits
// every Chinese page and one English page of each kind (test/support/english.ts).
const paths = [
  ...sitemapPaths().filter((p) => !p.startsWith('/en/') || EN_SAMPLE.includes(p)),
  '/404.html',
];
// Pages audited at once, each in its own tab of one Chromium (maxConcurrency in
// vitest.config.ts): axe and the network idle wait overlap, so the crawl keeps pace
// with the site on 2 cores.
const TABS = 4;

/** Runs `work` on every item, `n` at a time. */
async function inPool<T>(items: readonly T[], n: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
}

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
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
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
    await selfHydrated(page);
    await prepare(page);
    await hydrated(page);
  }
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (tags) =>
      (
        window as unknown as {
          axe: { run: (c: unknown, o: unknown) => Promise<{ violations: unknown[] }> };
        }
      ).axe
        .run(document, { runOnly: { type: 'tag', values: tags } })
        .then((r) => r.violations),
    TAGS,
  )) as AxeViolation[];
  const csp = await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp);
  await page.close();
  return {
    violations: violations.map(
      (v) =>
        `${v.id}: ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    ),
    csp,
    offHost,
  };
}

describe.concurrent('every page in the sitemap', () => {
  it('has the sitemap to walk', ({ expect }) => {
    expect(paths.length).toBeGreaterThan(100);
  });

  // Four tabs share the CPU: a role page's audit can take four times as long as alone.
  const shared = { timeout: 120_000 };
  it.for(paths)(
    '%s: 0 axe violations, 0 CSP violations, 0 requests off the host',
    shared,
    async (path, { expect }) => {
      const r = await audit(light, path);
      expect(r.violations).toEqual([]);
      expect(r.csp).toEqual([]);
      expect(r.offHost).toEqual([]);
    },
  );
});

describe('on a 360 px phone', () => {
  it('no page is wider than the screen (wide tables scroll inside their own box)', async () => {
    const tabs = await Promise.all(Array.from({ length: TABS }, () => dark.newPage()));
    const wide: string[] = [];
    let measured = 0;
    await inPool(paths, TABS, async (path) => {
      const page = tabs.pop()!;
      await page.goto(base + path);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 360) wide.push(`${path}: ${width}px`);
      measured++;
      tabs.push(page);
    });
    await Promise.all(tabs.map((t) => t.close()));
    expect(measured).toBe(paths.length);
    expect(wide.sort()).toEqual([]);
  }, 180_000);
});

describe.concurrent('dark mode on a phone', () => {
  const sample = [
    '/',
    '/roles/customer-representative/',
    '/kpis/sales-attainment/',
    '/glossary/kpi/',
    '/search/',
    '/guides/key-account-analysis-forms/',
  ];
  it.for(sample)('%s: 0 axe violations', async (path, { expect }) => {
    const r = await audit(dark, path);
    expect(r.violations).toEqual([]);
    expect(r.csp).toEqual([]);
  });
});

describe.concurrent('widgets in use', () => {
  const cases: [string, string, (page: Page) => Promise<void>][] = [
    [
      'the grader with figures and a refused value',
      '/tools/scorecard/?card=customer-representative-annual',
      async (page) => {
        await fillWorkedExample(page);
        await page.getByLabel('客户满意度 数值(%)').fill('abc');
        await page.locator('summary', { hasText: '计算过程' }).click();
      },
    ],
    [
      'a role page grader, filled as it loads, with a refused value',
      '/roles/customer-representative/',
      async (page) => {
        await fillWorkedExample(page);
        await hydrated(page);
        await page.getByLabel('客户满意度 数值(%)').first().fill('abc');
        await page.locator('summary', { hasText: '计算过程' }).first().click();
      },
    ],
    [
      'the English grader with figures, a refused value and its working',
      '/en/tools/scorecard/?card=customer-representative-annual',
      async (page) => {
        await fillWorkedExampleEn(page);
        await page.getByLabel('Customer satisfaction Value (%)').fill('abc');
        await page.locator('summary', { hasText: 'Working' }).click();
      },
    ],
    [
      'an English role page grader, filled as it loads, in the table view where it fits',
      '/en/roles/customer-representative/',
      async (page) => {
        await fillWorkedExampleEn(page);
        await hydrated(page);
        // The table view is offered where it fits: on the desktop, not on the phone.
        const grid = page.getByRole('button', { name: 'Table view (as the printed sheet)' });
        if (await grid.isVisible()) await grid.click();
        await page.getByLabel('Customer satisfaction Value (%)').first().fill('abc');
      },
    ],
    [
      'the team grader with results, errors, the overview, a calibration move and a refused one',
      '/tools/team/',
      async (page) => {
        await gradeTeamCsv(page);
        await page.getByRole('checkbox', { name: '显示强制分布建议' }).check();
        await page.getByLabel('调整理由(必填)').fill('试调整');
        await page.getByRole('button', { name: '调整', exact: true }).click();
        await page.getByRole('region', { name: '校准记录' }).waitFor();
        // The same person to the band they are now in: refused next to 调整到.
        await page.getByRole('button', { name: '调整', exact: true }).click();
        await page.locator('.team-move .field-error').waitFor();
      },
    ],
    [
      'the English team grader with results, errors, the overview and a refused calibration move',
      '/en/tools/team/',
      async (page) => {
        await gradeTeamCsvEn(page);
        await page.getByRole('checkbox', { name: 'Show a forced distribution' }).check();
        await page.getByLabel('Reason (required)').fill('A trial move');
        await page.getByRole('button', { name: 'Move', exact: true }).click();
        await page.getByRole('region', { name: 'Calibration record' }).waitFor();
        // The same person to the band they are now in: refused next to “Move to”.
        await page.getByRole('button', { name: 'Move', exact: true }).click();
        await page.locator('.team-move .field-error').waitFor();
      },
    ],
    [
      'the target breakdown with results and a refused value',
      '/tools/targets/',
      async (page) => {
        await page.getByLabel('年度目标').fill('1200000');
        await page.getByLabel('年份').fill('20x6');
      },
    ],
    [
      'the English target breakdown with results and a refused value',
      '/en/tools/targets/',
      async (page) => {
        await page.getByLabel('Annual target').fill('1200000');
        await page.getByLabel('Shares of your own').check();
        await page.getByLabel('Q2 (%)').fill('2x');
        await page.getByLabel('Year').fill('2030');
      },
    ],
    [
      'the onboarding checklist with ticks and a cleared list to undo',
      '/onboarding/customer-representative/',
      async (page) => {
        await page.getByRole('button', { name: '清除进度' }).waitFor();
        await page.locator('main input[type=checkbox]').nth(0).check();
        await page.locator('main input[type=checkbox]').nth(1).check();
        await page.getByRole('button', { name: '清除进度' }).click();
        await page.getByRole('button', { name: '撤销' }).waitFor();
        await page.locator('main input[type=checkbox]').nth(2).check();
      },
    ],
    [
      'search results',
      '/search/?q=%E5%AE%A2%E6%88%B7',
      async (page) => {
        await page.locator('[data-page-results] li').first().waitFor();
      },
    ],
    [
      'a term’s definition shown',
      '/responsibilities/business-director-3-market-analysis/',
      async (page) => {
        await page.locator('.term-ref > a.term').first().focus();
      },
    ],
    // Last: the choice stays in each context's localStorage.
    [
      'the other theme chosen and the menu open',
      '/glossary/',
      async (page) => {
        await page.getByRole('button', { name: '深色模式' }).click();
        if (await page.getByRole('button', { name: '菜单' }).isVisible())
          await page.getByRole('button', { name: '菜单' }).click();
      },
    ],
  ];
  // Two audits each, after hydrating and filling the widget.
  const slow = { timeout: 120_000 };
  it.for(cases)(
    '%s: 0 axe violations, 0 CSP violations',
    slow,
    async ([, path, prepare], { expect }) => {
      for (const ctx of [light, dark]) {
        const r = await audit(ctx, path, prepare);
        expect(r.violations).toEqual([]);
        expect(r.csp).toEqual([]);
      }
    },
  );
});
