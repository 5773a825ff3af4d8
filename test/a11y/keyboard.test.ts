import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium, selfHydrated } from '../e2e/browser.ts';
import { gradeTeamCsv } from '../e2e/widgets.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Stop {
  tag: string;
  name: string;
  outline: string;
  width: number;
  height: number;
  control: boolean;
  inFooter: boolean;
}

/** Presses Tab until focus leaves the page or comes back round, recording each stop. */
async function tabThrough(page: Page, max = 250): Promise<Stop[]> {
  const stops: Stop[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const r = el.getBoundingClientRect();
      const s = getComputedStyle(el);
      return {
        tag: el.tagName,
        name: (
          el.getAttribute('aria-label') ??
          (el as HTMLInputElement).labels?.[0]?.textContent ??
          el.textContent ??
          ''
        )
          .trim()
          .slice(0, 40),
        outline: `${s.outlineStyle} ${s.outlineWidth}`,
        width: r.width,
        height: r.height,
        control: ['INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'SUMMARY'].includes(el.tagName),
        inFooter: Boolean(el.closest('footer.site-footer')),
      };
    });
    if (!stop) break;
    stops.push(stop);
    if (stop.inFooter) break;
  }
  return stops;
}

const WIDGET_PAGES = [
  '/tools/scorecard/',
  '/roles/account-specialist/',
  '/scorecards/customer-representative-annual/',
  '/tools/team/',
  '/tools/targets/',
  '/onboarding/customer-representative/',
];

/** Widgets whose controls appear only with data get some first. */
const PREPARE: Record<string, (page: Page) => Promise<void>> = {
  '/tools/team/': async (page) => {
    await gradeTeamCsv(page);
    await page.getByRole('checkbox', { name: '显示强制分布建议' }).check();
    // The overview and its calibration form arrive after the first grading; one move makes the trail and 撤销 appear.
    await page.getByLabel('调整理由(必填)').fill('试调整');
    await page.getByRole('button', { name: '调整', exact: true }).click();
    await page.getByRole('button', { name: '撤销上一次调整' }).waitFor();
    // Start the Tab walk from the top of the page again.
    await page.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
  },
};

describe('widgets by keyboard', () => {
  it.each(WIDGET_PAGES)(
    '%s: Tab reaches every control with visible focus, 24×24 targets, and leaves at the footer',
    async (path) => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(base + path);
      // A role page's grader hydrates when Tab first reaches it, as it would for a reader.
      await selfHydrated(page);
      await PREPARE[path]?.(page);
      const controls = await page
        .locator('main input, main button, main select, main textarea')
        .count();
      const stops = await tabThrough(page);
      await hydrated(page);
      const live = await page
        .locator('main input, main button, main select, main textarea')
        .count();
      await page.close();
      expect(live, 'the same controls once hydrated').toBe(controls);
      expect(stops.at(-1)?.inFooter, 'focus reached the footer (no trap)').toBe(true);
      const reached = stops.filter((s) => s.control && !s.inFooter && s.tag !== 'SUMMARY');
      // The header has a search box and button; everything else is the page's.
      expect(reached.length).toBeGreaterThanOrEqual(controls);
      expect(stops.filter((s) => s.outline.startsWith('none')).map((s) => s.name)).toEqual([]);
      const small = reached
        .filter((s) => s.width < 24 || s.height < 24)
        .map((s) => `${s.tag} ${s.name} ${s.width}×${s.height}`);
      expect(small).toEqual([]);
    },
  );

  it('announces the grader result in a live region', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/tools/scorecard/?card=account-specialist-monthly-b`);
    const live = page.locator('output.total');
    await live.waitFor();
    expect(await live.getAttribute('aria-live')).toBe('polite');
    await page.close();
  });
});

describe('reading parts by keyboard', () => {
  const READING = [
    '/',
    '/glossary/',
    '/roles/customer-representative/',
    '/responsibilities/customer-representative-2-sales-plan/',
  ];
  it.each(
    READING.flatMap(
      (p) =>
        [
          [p, 1280],
          [p, 360],
        ] as const,
    ),
  )(
    '%s at %i px: theme switch, menu and pager reached with visible focus, 24×24 targets, no trap',
    async (path, width) => {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      await page.goto(base + path);
      const stops = await tabThrough(page, 400);
      await page.close();
      expect(stops.at(-1)?.inFooter, 'focus reached the footer (no trap)').toBe(true);
      const names = stops.map((s) => s.name);
      expect(names).toContain('深色模式');
      if (width === 360) expect(names).toContain('菜单');
      expect(stops.filter((s) => s.outline.startsWith('none')).map((s) => s.name)).toEqual([]);
      const small = stops
        .filter((s) => s.control && (s.width < 24 || s.height < 24))
        .map((s) => `${s.tag} ${s.name} ${s.width}×${s.height}`);
      expect(small).toEqual([]);
      if (path.startsWith('/responsibilities/'))
        expect(names.some((n) => n.startsWith('上一项职责'))).toBe(true);
    },
  );
});
