import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { pagesPerTest } from './browser.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);
const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

async function axe(page: Page) {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(() =>
    (
      window as unknown as {
        axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> };
      }
    ).axe
      .run(document, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
      })
      .then((r) => r.violations.map((v) => v.id)),
  )) as string[];
  return violations;
}

/** The table as a reader sees it: column heads, and each row's label, badge and cells. */
const readTable = (
  page: Page,
): Promise<{ heads: string[]; rows: Record<string, { badge: string | null; cells: string[] }> }> =>
  page.evaluate(() => {
    const t = document.querySelector<HTMLTableElement>('[data-compare-table]')!;
    return {
      heads: [...t.tHead!.rows[0]!.cells].slice(1).map((c) => c.textContent!.trim()),
      rows: Object.fromEntries(
        [...t.tBodies[0]!.rows].map((r) => [
          r.dataset['row'],
          {
            badge: r.querySelector('.diff')!.textContent,
            cells: [...r.cells].slice(1).map((c) => c.textContent!.trim()),
          },
        ]),
      ),
    };
  });

describe('/compare/', () => {
  it('without JavaScript shows the default pair with its differences marked in text', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${base}/compare/?roles=key-account-manager,account-specialist`);
    const t = await readTable(page);
    expect(t.heads).toEqual(['客户代表', '商务总监']);
    expect(t.rows['responsibilities']!.badge).toBe('不同');
    expect(t.rows['department']!.badge).toBe('相同');
    expect(t.rows['department']!.cells).toEqual(['来源未写明', '来源未写明']);
    expect(await page.locator('[data-compare-form] input:checked').count()).toBe(2);
  });

  it('with ?roles=a,b shows both chosen roles side by side and what differs', async () => {
    const page = await open();
    await page.goto(`${base}/compare/?roles=key-account-manager,account-specialist`);
    await expect
      .poll(() => readTable(page).then((t) => t.heads))
      .toEqual(['大客户经理', '客户专员']);
    const t = await readTable(page);
    expect(t.rows['department']!.cells).toEqual(['大客户部', '大客户部']);
    expect(t.rows['department']!.badge).toBe('相同');
    expect(t.rows['reportsTo']!.cells).toEqual(['来源未写明', '大客户经理']);
    expect(t.rows['reportsTo']!.badge).toBe('不同');
    const status = await page.locator('[data-compare-status]').textContent();
    const differ = Object.values(t.rows).filter((r) => r.badge === '不同').length;
    expect(status).toContain(`有 ${differ} 个不同`);
    expect(await axe(page)).toEqual([]);
  });

  it('the picker, by keyboard, compares three roles and refuses one, with the reason by the field', async () => {
    const page = await open();
    await page.goto(`${base}/compare/`);
    const boxes = page.locator('[data-compare-form] input[name="roles"]');
    // Untick all but one by keyboard, then submit: refused, the table stays.
    await boxes.nth(1).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    const error = page.locator('[data-compare-error]');
    await expect.poll(() => error.isVisible()).toBe(true);
    expect(await error.textContent()).toContain('请选择两个或三个岗位');
    expect((await readTable(page)).heads).toEqual(['客户代表', '商务总监']);
    for (const i of [2, 3]) {
      await boxes.nth(i).focus();
      await page.keyboard.press('Space');
    }
    const outline = await boxes.nth(3).evaluate((e) => getComputedStyle(e).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => readTable(page).then((t) => t.heads))
      .toEqual(['客户代表', '销售客户主管', '大客户经理']);
    expect(page.url()).toContain(
      '?roles=customer-representative,sales-account-supervisor,key-account-manager',
    );
    expect(await error.isVisible()).toBe(false);
    expect(await axe(page)).toEqual([]);
  });

  it('names an unknown role in the address next to the picker and keeps the default', async () => {
    const page = await open({}, (url) => url.includes('/api/compare/'));
    await page.goto(`${base}/compare/?roles=customer-representative,no-such-role`);
    const error = page.locator('[data-compare-error]');
    await expect.poll(() => error.textContent()).toContain('no-such-role');
    expect((await readTable(page)).heads).toEqual(['客户代表', '商务总监']);
  });
});

describe('the reporting line and career path diagram', () => {
  it('links roles to their pages by keyboard with a visible focus, axe-clean at 1280 px light and 360 px dark', async () => {
    const views = [
      { colorScheme: 'light', width: 1280 },
      { colorScheme: 'dark', width: 360 },
    ] as const;
    for (const { colorScheme, width } of views) {
      const page = await open({ viewport: { width, height: 800 }, colorScheme });
      await page.goto(`${base}/roles/account-specialist/`);
      const link = page.locator('.role-map svg a').first();
      await link.focus();
      const stroke = await link.locator('rect').evaluate((r) => getComputedStyle(r).strokeWidth);
      expect(stroke).toBe('4px');
      const box = (await page.locator('.role-map svg').first().boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(await axe(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/roles\/key-account-manager\/$/);
    }
  }, 180_000);

  it('the collaboration map page is axe-clean, its SVG links reachable by Tab', async () => {
    const page = await open({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}/roles/customer-representative/collaboration/`);
    const first = page.locator('.spokes a').first();
    await first.focus();
    expect(await page.evaluate(() => document.activeElement?.closest('svg') !== null)).toBe(true);
    expect(await axe(page)).toEqual([]);
  });
});
