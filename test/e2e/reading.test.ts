// Moving through the handbook: pagers, the mobile navigation, themes, search.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchedPage } from './browser.ts';
import { countingServer } from './server.ts';

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
  it('a results address fetches Pagefind with the page, once each; other pages only on use', async () => {
    // A server of its own, to count what reaches it: a file the page fetches early and
    // Pagefind's worker asks for again must come from the browser's cache the second time.
    const { url, asked: served, close } = await countingServer();
    const { page, problems } = await watchedPage(browser);
    try {
      await page.goto(`${url}/search/?q=${encodeURIComponent('客户满意度')}`);
      const preloads = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload]')].map(
          (l) => new URL(l.href).pathname,
        ),
      );
      // Pagefind's script and the search client its script imports.
      expect(preloads[0]).toBe('/pagefind/pagefind.js');
      expect(preloads[1]).toMatch(/^\/_astro\/pagefind-client\.[\w-]+\.js$/);
      await page.locator('[data-page-results] li').first().waitFor();
      await page.waitForLoadState('networkidle');
      const pagefind = served.filter((u) => u.startsWith('/pagefind/'));
      // What Pagefind's worker reads, fetched alongside the page: its script, the
      // WebAssembly, the entry file under the build's cache tag, the metadata and the
      // index chunks of 客户 and 满意度; then a fragment per result.
      for (const f of [
        '/pagefind/pagefind.js',
        '/pagefind/pagefind-worker.js',
        '/pagefind/wasm.unknown.pagefind',
      ])
        expect(
          pagefind.filter((u) => u === f),
          f,
        ).toHaveLength(1);
      expect(
        pagefind.filter((u) => /^\/pagefind\/pagefind-entry\.json\?ts=[0-9a-f]{12}$/.test(u)),
      ).toHaveLength(1);
      expect(pagefind.filter((u) => /\.pf_meta$/.test(u))).toHaveLength(1);
      const chunks = pagefind.filter((u) => u.endsWith('.pf_index'));
      expect(chunks.length).toBeGreaterThanOrEqual(1);
      expect(new Set(chunks).size, 'each chunk once').toBe(chunks.length);
      const fragments = pagefind.filter((u) => u.endsWith('.pf_fragment'));
      expect(fragments.length).toBeGreaterThanOrEqual(10);
      expect(new Set(fragments).size).toBe(fragments.length);
      expect(
        pagefind.filter(
          (u) => !/\.pf_(index|fragment|meta)$|pagefind(-worker)?\.js$|wasm\.|entry\.json/.test(u),
        ),
      ).toEqual([]);
      // Other queries, other words: the chunks fetched early are the ones Pagefind reads,
      // so none is asked for twice, and none more than the words need.
      for (const q of ['SWOT', '销售漏斗', '大客户经理 KPI']) {
        served.length = 0;
        const asked: string[] = [];
        const onRequest = (r: { url: () => string }) => {
          if (r.url().endsWith('.pf_index')) asked.push(new URL(r.url()).pathname);
        };
        page.context().on('request', onRequest);
        await page.goto(`${url}/search/?q=${encodeURIComponent(q)}`);
        await page.locator('[data-page-results] li').first().waitFor();
        await page.waitForLoadState('networkidle');
        page.context().off('request', onRequest);
        const read = served.filter((u) => u.endsWith('.pf_index'));
        expect(read.length, q).toBeGreaterThanOrEqual(1);
        expect(new Set(read).size, q).toBe(read.length);
        // Each was asked for twice, by the page early and by Pagefind's worker, and sent once.
        for (const c of read)
          expect(
            asked.filter((u) => u === c),
            `${q}: ${c}`,
          ).toHaveLength(2);
      }
      served.length = 0;
      for (const path of ['/search/', '/', ROLE]) {
        await page.goto(url + path, { waitUntil: 'networkidle' });
        expect(await page.locator('link[rel=modulepreload], link[rel=preload]').count()).toBe(0);
      }
      expect(served.filter((r) => r.startsWith('/pagefind/'))).toEqual([]);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
      await close();
    }
  });
});
