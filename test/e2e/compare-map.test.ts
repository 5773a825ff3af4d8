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

/** Chinese text in the comparison that no lang="zh-CN" element holds: none on an English page. */
const unmarkedChinese = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const out: string[] = [];
    const walk = document.createTreeWalker(
      document.querySelector('.compare')!,
      NodeFilter.SHOW_TEXT,
    );
    for (let n = walk.nextNode(); n; n = walk.nextNode())
      if (
        /[\u3400-\u9fff]/.test(n.textContent!) &&
        n.parentElement!.closest('[lang]')?.getAttribute('lang') !== 'zh-CN'
      )
        out.push(n.textContent!);
    return out;
  });
const marked = (page: Page) => page.locator('[data-compare-table] td [lang="zh-CN"]').count();

describe('/en/compare/', () => {
  it('is in English without JavaScript: headings, labels, badges and English role titles', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(`${base}/en/compare/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Compare roles');
    expect(await page.locator('legend').textContent()).toBe('Choose two or three roles');
    expect(await page.getByRole('button', { name: 'Compare the chosen roles' }).count()).toBe(1);
    expect(await page.locator('[data-compare-form] label').first().textContent()).toBe(
      'Customer Representative',
    );
    const t = await readTable(page);
    expect(t.heads).toEqual(['Customer Representative', 'Business Director']);
    const labels = await page
      .locator('[data-compare-table] tbody th')
      .evaluateAll((ths) => ths.map((th) => th.firstChild!.textContent));
    expect(labels.slice(0, 3)).toEqual(['Department', 'Reports to', 'Direct reports']);
    expect(labels).toContain('Career path');
    expect(t.rows['responsibilities']!.badge).toBe('Different');
    expect(t.rows['department']!.badge).toBe('Same');
    expect(t.rows['department']!.cells).toEqual([
      'Not stated by the source',
      'Not stated by the source',
    ]);
    expect(t.rows['kpis']!.cells[0]).toContain(
      'Sales target attainment rate: pass ≥ 90%; excellent ≥ 110%',
    );
    const differ = Object.values(t.rows).filter((r) => r.badge === 'Different').length;
    expect(await page.locator('[data-compare-status]').textContent()).toBe(
      `Comparing Customer Representative and Business Director: they differ in ${differ} of 13 aspects.`,
    );
    // The content's Chinese (the sources' titles here) stays, marked as Chinese.
    expect(await marked(page)).toBeGreaterThan(0);
    expect(await unmarkedChinese(page)).toEqual([]);
    expect(
      await page
        .locator('[data-compare-table] a')
        .evaluateAll((as) => as.filter((a) => !a.getAttribute('href')!.startsWith('/en/')).length),
    ).toBe(0);
  });

  it('with ?roles=a,b,c redraws in English from the English data, Chinese cells marked', async () => {
    const page = await open();
    const fetched: string[] = [];
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/api/')) fetched.push(path);
    });
    const ids = ['customer-representative', 'sales-account-supervisor', 'account-specialist'];
    await page.goto(`${base}/en/compare/?roles=${ids.join(',')}`);
    await expect
      .poll(() => readTable(page).then((t) => t.heads))
      .toEqual(['Customer Representative', 'Sales Account Supervisor', 'Account Specialist']);
    expect(fetched.sort()).toEqual(ids.map((id) => `/api/compare/en/${id}.json`).sort());
    const t = await readTable(page);
    expect(t.rows['department']!.cells).toEqual([
      'Not stated by the source',
      'Sales',
      'Key Accounts',
    ]);
    expect(t.rows['reportsTo']!.cells[2]).toBe('Key Account Manager');
    expect(t.rows['career']!.cells[1]).toBe(
      'Sales Account Supervisor → 销售经理 → 销售总监或客户总监',
    );
    for (const r of Object.values(t.rows)) expect(['Different', 'Same']).toContain(r.badge);
    const differ = Object.values(t.rows).filter((r) => r.badge === 'Different').length;
    expect(await page.locator('[data-compare-status]').textContent()).toBe(
      `Comparing Customer Representative, Sales Account Supervisor and Account Specialist: they differ in ${differ} of 13 aspects.`,
    );
    // Whole cells (岗位性质, 薪酬福利) and parts of cells (the career path's unnamed steps) are marked.
    expect(await page.locator('tr[data-row="nature"] td span[lang="zh-CN"]').textContent()).toBe(
      '管理岗位',
    );
    expect(await page.locator('tr[data-row="career"] td span[lang="zh-CN"]').count()).toBe(2);
    expect(await unmarkedChinese(page)).toEqual([]);
    expect(
      await page
        .locator('[data-compare-table] a')
        .evaluateAll((as) => as.filter((a) => !a.getAttribute('href')!.startsWith('/en/')).length),
    ).toBe(0);
    expect(await axe(page)).toEqual([]);
  });

  it('says in English why it refuses an address, and keeps the default roles', async () => {
    const page = await open({}, (url) => url.includes('/api/compare/'));
    const error = page.locator('[data-compare-error]');
    await page.goto(`${base}/en/compare/?roles=customer-representative,no-such-role`);
    await expect
      .poll(() => error.textContent())
      .toBe('There is no role “no-such-role”; the table still shows the earlier roles.');
    expect((await readTable(page)).heads).toEqual(['Customer Representative', 'Business Director']);
    await page.goto(`${base}/en/compare/?roles=customer-representative`);
    await expect
      .poll(() => error.textContent())
      .toBe('Choose two or three roles. The table still shows the default roles.');
    await page.goto(`${base}/en/compare/?roles=customer-representative,Bad_Id`);
    await expect
      .poll(() => error.textContent())
      .toBe('“Bad_Id” is not a role id. The table still shows the default roles.');
    expect(await error.isVisible()).toBe(true);
    expect(await axe(page)).toEqual([]);
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
