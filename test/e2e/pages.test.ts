import { describe, expect, inject, it } from 'vitest';
import { pagesPerTest } from './browser.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);

describe('a new hire reading the handbook', () => {
  it('finds the five roles on the home page and opens one', async () => {
    const page = await open();
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    const region = page.getByRole('region', { name: '选择你的岗位' });
    for (const title of ['客户代表', '商务总监', '销售客户主管', '大客户经理', '客户专员'])
      await expect
        .poll(() => region.getByRole('link', { name: new RegExp(`^${title}`) }).count())
        .toBe(1);
    await region.getByRole('link', { name: /^客户代表/ }).click();
    await page.waitForURL(`${base}/roles/customer-representative/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('客户代表');
  });

  it('reads a role page: contents, numbered daily steps, KPI lines, links onward', async () => {
    const page = await open();
    await page.goto(`${base}/roles/customer-representative/`);
    const toc = page.getByRole('navigation', { name: '本页目录' });
    await toc.getByRole('link', { name: '考核指标' }).click();
    expect(page.url()).toMatch(/#kpis$/);
    const steps = page
      .locator('section[aria-labelledby="responsibilities"] ol.steps')
      .first()
      .locator('li');
    expect(await steps.count()).toBeGreaterThanOrEqual(2);
    expect(await steps.first().textContent()).toContain('定期拜访现有客户');
    const kpiRow = page
      .getByRole('region', { name: '考核指标' })
      .getByRole('row', { name: /销售目标达成率/ });
    expect(await kpiRow.textContent()).toMatch(/合格\s*≥90%.*优秀\s*≥110%/);
    await kpiRow.getByRole('link').click();
    await page.waitForURL(/\/kpis\/sales-attainment\/$/);
    expect(await page.getByRole('heading', { name: '使用这个指标的岗位' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: '客户代表' }).count()).toBeGreaterThan(0);
  });

  it('skips straight to the content with the keyboard', async () => {
    const page = await open();
    await page.goto(`${base}/roles/business-director/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });

  it('answers an unknown address with the 404 page', async () => {
    // The 404 is asked for on purpose: its console error is expected.
    const page = await open({}, (url) => url.includes('no-such-role'));
    const res = await page.goto(`${base}/roles/no-such-role/`);
    expect(res?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('页面不存在');
    expect(await page.getByRole('link', { name: /搜索手册/ }).count()).toBeGreaterThan(0);
  });

  it('answers an unknown English address with the English 404 page, in English links', async () => {
    const page = await open({}, (url) => url.includes('no-such-role'));
    const res = await page.goto(`${base}/en/roles/no-such-role/`);
    expect(res?.status()).toBe(404);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    expect(await page.getByRole('link', { name: 'All roles' }).getAttribute('href')).toBe(
      '/en/roles/',
    );
  });
});

describe('searching in Chinese', () => {
  const firstHit = async (q: string) => {
    const page = await open();
    await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
    const first = page.locator('[data-page-results] li a').first();
    await first.waitFor();
    return first.getAttribute('href');
  };

  it.each([
    ['客户满意度', /^\/(glossary|kpis)\/customer-satisfaction\/$/],
    ['销售漏斗', /^\/glossary\/sales-funnel\/$/],
    ['月度考核表', /^\/scorecards\/account-specialist-monthly-[abc]\/$/],
    ['大客户', /^\/(roles\/key-account-manager|glossary\/key-account)\/$/],
    ['SWOT', /^\/glossary\/swot\/$/],
  ])('puts the right page first for %s', async (q, expected) => {
    expect(await firstHit(q)).toMatch(expected);
  });

  it('filters results by kind', async () => {
    const page = await open();
    await page.goto(`${base}/search/?q=${encodeURIComponent('客户满意度')}&kind=KPI`);
    const tags = page.locator('[data-page-results] li .tag');
    await tags.first().waitFor();
    const kinds = await tags.allTextContents();
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['KPI']));
    expect(await page.getByRole('checkbox', { name: 'KPI' }).isChecked()).toBe(true);
  });

  it('shows ten results at a time, and the next ten on request, each page once', async () => {
    const page = await open();
    await page.goto(`${base}/search/?q=${encodeURIComponent('客户')}`);
    const links = page.locator('[data-page-results] li a');
    await links.first().waitFor();
    expect(await links.count()).toBe(10);
    const status = await page.locator('[data-page-status]').textContent();
    const total = Number(status?.match(/共 (\d+) 条/)?.[1]);
    expect(total).toBeGreaterThan(10);
    const more = page.getByRole('button', { name: /显示更多结果/ });
    expect(await more.textContent()).toContain(`还有 ${total - 10} 条`);
    await more.click();
    await expect.poll(() => links.count()).toBe(Math.min(20, total));
    // Focus moves to the first new result for keyboard users.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      await links.nth(10).getAttribute('href'),
    );
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });

  it('searches from the header box of any page, loading Pagefind only then', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${base}/glossary/`);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    const box = page.getByRole('searchbox', { name: '搜索手册' });
    await box.fill('销售漏斗');
    const hit = page.locator('[data-search-results] a', { hasText: '销售漏斗' }).first();
    await hit.waitFor();
    expect(requests.some((u) => u.includes('/pagefind/'))).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
  });

  it('degrades to a plain form without JavaScript', async () => {
    const p = await open({ javaScriptEnabled: false });
    await p.goto(`${base}/roles/`);
    await p.getByRole('searchbox', { name: '搜索手册' }).fill('KPI');
    await p.getByRole('button', { name: '搜索' }).first().click();
    await p.waitForURL(/\/search\/\?q=KPI$/);
    expect(await p.getByRole('heading', { level: 1 }).textContent()).toBe('搜索');
  });
});
