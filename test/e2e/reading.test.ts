// Moving through the handbook: pagers, the mobile navigation, themes, search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchedPage } from './browser.ts';

const base = inject('baseUrl');
const ROLE = '/roles/customer-representative/';
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('moving through a role’s pages', () => {
  it('a responsibility page links to the role’s previous and next responsibility and back to the role', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}${ROLE}`);
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('.responsibility > h3 a')].map(
        (a) => a.getAttribute('href') ?? '',
      ),
    );
    expect(order.length).toBeGreaterThanOrEqual(3);
    for (const [i, href] of order.entries()) {
      await page.goto(base + href);
      const nav = page.getByRole('navigation', { name: /^客户代表的职责/ });
      expect(await nav.getAttribute('aria-label')).toBe(
        `客户代表的职责(第 ${i + 1} 项,共 ${order.length} 项)`,
      );
      expect(await nav.getByRole('link', { name: /^返回岗位/ }).getAttribute('href')).toBe(ROLE);
      const prev = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      expect(await prev.count()).toBe(i > 0 ? 1 : 0);
      expect(await next.count()).toBe(i < order.length - 1 ? 1 : 0);
      if (i > 0) expect(await prev.getAttribute('href')).toBe(order[i - 1]);
      if (i < order.length - 1) expect(await next.getAttribute('href')).toBe(order[i + 1]);
    }
    await page.close();
  });
});

describe('moving through the handbook’s roles', () => {
  it('a role page links to the previous and next role in the handbook’s order, and to all roles', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/roles/`);
    // The handbook's order is the one its role index lists.
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href^="/roles/"]')]
        .map((a) => a.getAttribute('href') ?? '')
        .filter((h, i, all) => /^\/roles\/[^/]+\/$/.test(h) && all.indexOf(h) === i),
    );
    expect(order.length).toBeGreaterThanOrEqual(5);
    for (const [i, href] of order.entries()) {
      await page.goto(base + href);
      const nav = page.getByRole('navigation', { name: /^手册中的岗位/ });
      expect(await nav.getAttribute('aria-label')).toBe(
        `手册中的岗位(第 ${i + 1} 个,共 ${order.length} 个)`,
      );
      expect(await nav.getByRole('link', { name: /^全部岗位/ }).getAttribute('href')).toBe(
        '/roles/',
      );
      const prev = nav.locator('a[rel="prev"]');
      const next = nav.locator('a[rel="next"]');
      expect(await prev.count()).toBe(i > 0 ? 1 : 0);
      expect(await next.count()).toBe(i < order.length - 1 ? 1 : 0);
      if (i > 0) {
        expect(await prev.getAttribute('href')).toBe(order[i - 1]);
        expect(await prev.textContent()).toContain('上一个岗位');
      }
      if (i < order.length - 1) expect(await next.getAttribute('href')).toBe(order[i + 1]);
      // The same pager as a responsibility's: one look, one place at the end of the page.
      expect(await page.locator('nav.role-pager').count()).toBe(1);
    }
    await page.close();
  });
});

describe('the mobile navigation', () => {
  it('folds behind a disclosure button that opens by keyboard and closes on Escape, focus returning', async () => {
    const { page, problems } = await watchedPage(browser, {
      viewport: { width: 360, height: 780 },
    });
    await page.goto(`${base}/`);
    const button = page.getByRole('button', { name: '菜单' });
    const nav = page.locator('nav[aria-label="主导航"]');
    expect(await button.getAttribute('aria-controls')).toBe(await nav.getAttribute('id'));
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    const box = await button.boundingBox();
    expect(box && box.width >= 24 && box.height >= 24).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('岗位');
    await page.keyboard.press('Escape');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.isVisible()).toBe(false);
    expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript the links stay listed', async () => {
    const page = await browser.newPage({
      javaScriptEnabled: false,
      viewport: { width: 360, height: 780 },
    });
    await page.goto(`${base}/`);
    expect(
      await page
        .getByRole('navigation', { name: '主导航' })
        .getByRole('link', { name: '术语' })
        .isVisible(),
    ).toBe(true);
    expect(await page.getByRole('button', { name: '菜单' }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('light and dark themes', () => {
  const background = (page: Page) =>
    page.evaluate(() => getComputedStyle(document.body).backgroundColor);

  it('first paints in the stored theme: only the inline head script has run', async () => {
    for (const [stored, expected] of [
      ['dark', 'rgb(21, 24, 28)'],
      ['light', 'rgb(251, 250, 247)'],
    ] as const) {
      const ctx = await browser.newContext({ colorScheme: stored === 'dark' ? 'light' : 'dark' });
      await ctx.addInitScript((t) => localStorage.setItem('rolebook-theme', t), stored);
      const page = await ctx.newPage();
      // Every script file is refused: what shows is the work of the inline script alone.
      await page.route('**/*.js', (route) => route.abort());
      await page.goto(base + ROLE, { waitUntil: 'commit' });
      await page.waitForSelector('body');
      expect(await page.getAttribute('html', 'data-theme')).toBe(stored);
      expect(await background(page)).toBe(expected);
      await ctx.close();
    }
  });

  it('follows the system until the toggle, which works by keyboard and is remembered, under the CSP', async () => {
    const { page, problems } = await watchedPage(browser, { colorScheme: 'dark' });
    await page.goto(`${base}/`);
    expect(await background(page)).toBe('rgb(21, 24, 28)');
    const toggle = page.getByRole('button', { name: '深色模式' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.focus();
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    expect(await background(page)).toBe('rgb(251, 250, 247)');
    await page.reload();
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    expect(await background(page)).toBe('rgb(251, 250, 247)');
    await page.keyboard.press('Tab');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await background(page)).toBe('rgb(21, 24, 28)');
    expect(await page.evaluate(() => localStorage.getItem('rolebook-theme'))).toBe('dark');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('search results sooner', () => {
  it('a results address fetches Pagefind with the page; other pages only on use', async () => {
    const { page, problems } = await watchedPage(browser);
    const requested: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      requested.push(u.pathname + u.search);
    });
    await page.goto(`${base}/search/?q=${encodeURIComponent('客户满意度')}`);
    const preloads = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload], link[rel=preload]'),
      ].map((l) => l.getAttribute('href')),
    );
    // Pagefind's script and wasm, then the files the page would otherwise find one after
    // another: the search client its script imports, Pagefind's entry file (under the
    // build's cache tag), the metadata, and the chunks of 客户 and 满意度.
    expect(preloads.slice(0, 2)).toEqual([
      '/pagefind/pagefind.js',
      '/pagefind/wasm.unknown.pagefind',
    ]);
    expect(preloads[2]).toMatch(/^\/_astro\/pagefind-client\.[\w-]+\.js$/);
    expect(preloads[3]).toMatch(/^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/);
    expect(preloads[4]).toMatch(/^\/pagefind\/pagefind\.zh-cn_[0-9a-z]+\.pf_meta$/);
    const chunks = preloads.slice(5);
    expect(chunks.length).toBeGreaterThanOrEqual(1);
    for (const c of chunks) expect(c).toMatch(/^\/pagefind\/index\/zh-cn_[0-9a-f]+\.pf_index$/);
    await page.locator('[data-page-results] li').first().waitFor();
    // Each preloaded file is one Pagefind uses: fetched once, not twice, and no other entry
    // file or chunk is asked for.
    for (const p of preloads)
      expect(
        requested.filter((r) => r === p),
        String(p),
      ).toHaveLength(1);
    const pagefind = requested.filter((r) => /pagefind-entry|\.pf_meta|\.pf_index/.test(r));
    expect(pagefind.sort()).toEqual(preloads.slice(3).sort());
    // Other queries, other words: the chunks preloaded are still the ones Pagefind reads.
    for (const q of ['SWOT', '销售漏斗', '大客户经理 KPI']) {
      requested.length = 0;
      await page.goto(`${base}/search/?q=${encodeURIComponent(q)}`);
      await page.locator('[data-page-results] li').first().waitFor();
      await page.waitForLoadState('networkidle');
      const preloaded = await page.evaluate(() =>
        [...document.querySelectorAll('link[rel=preload]')].map((l) => l.getAttribute('href')),
      );
      const read = requested.filter((r) => r.endsWith('.pf_index'));
      expect(read.length, q).toBeGreaterThanOrEqual(1);
      expect(preloaded.filter((h) => h?.endsWith('.pf_index')).sort(), q).toEqual(read.sort());
    }
    requested.length = 0;
    for (const path of ['/search/', '/', ROLE]) {
      await page.goto(base + path, { waitUntil: 'networkidle' });
      expect(await page.locator('link[rel=modulepreload], link[rel=preload]').count()).toBe(0);
    }
    expect(requested.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
