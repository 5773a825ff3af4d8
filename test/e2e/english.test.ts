import { describe, expect, inject, it } from 'vitest';
import { pagesPerTest } from './browser.ts';
import { sitemapPaths } from '../support/sitemap.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);

describe('reading the handbook in English', () => {
  it('switches language to the same page and back', async () => {
    const page = await open();
    await page.goto(`${base}/kpis/customer-satisfaction/`);
    await page.getByRole('link', { name: 'English', exact: true }).click();
    await page.waitForURL(/\/en\/kpis\/customer-satisfaction\/$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(
      'Customer satisfaction',
    );
    await page.getByRole('link', { name: '中文', exact: true }).click();
    await page.waitForURL(/\/kpis\/customer-satisfaction\/$/);
    expect(new URL(page.url()).pathname).toBe('/kpis/customer-satisfaction/');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  });

  it('finds 客户满意度 by an English query, in the English index', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.goto(`${base}/en/search/?q=${encodeURIComponent('customer satisfaction')}`);
    const links = page.locator('[data-page-results] li a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.slice(0, 2)).toContain('/en/kpis/customer-satisfaction/');
    expect(hrefs.every((h) => h?.startsWith('/en/'))).toBe(true);
    expect(await page.locator('[data-page-status]').textContent()).toMatch(
      /results? for “customer satisfaction”/,
    );
    expect(requests.some((p) => /\/pagefind\/pagefind\.en_[0-9a-f]+\.pf_meta$/.test(p))).toBe(true);
    expect(requests.some((p) => p.includes('zh-cn'))).toBe(false);
  });

  it('searches from the header box of an English page', async () => {
    const page = await open();
    await page.goto(`${base}/en/glossary/`);
    await page.getByRole('searchbox', { name: 'Search the handbook' }).fill('sales funnel');
    const hit = page.locator('[data-search-results] a', { hasText: 'Sales funnel' }).first();
    await hit.waitFor();
    expect(await hit.getAttribute('href')).toBe('/en/glossary/sales-funnel/');
    expect(await page.locator('[data-search-results] .hits-more').getAttribute('href')).toMatch(
      /^\/en\/search\/\?q=/,
    );
  });
});

describe('languages marked on the English pages', () => {
  const enPages = sitemapPaths().filter((p) => p.startsWith('/en/'));
  // Checked as the tests are collected: an empty sitemap must not pass by having no cases.
  expect(enPages.length).toBeGreaterThan(100);

  // Chinese that a page shows (content without a translation, or the brand mark) sits in
  // an element marked lang="zh-CN", and what is marked English holds no Chinese of its
  // own, so a screen reader reads each in its own voice.
  it.each(enPages.map((p) => [p]))('%s marks every Chinese text as zh-CN', async (path) => {
    const page = await open();
    await page.goto(base + path);
    const wrong = await page.evaluate(() => {
      const out: string[] = [];
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        const text = n.textContent ?? '';
        if (!/[\u3400-\u9fff]/.test(text)) continue;
        const el = n.parentElement!;
        if (el.closest('script, style, noscript, template')) continue;
        const lang = el.closest('[lang]')?.getAttribute('lang');
        if (lang !== 'zh-CN') out.push(`${el.tagName} lang=${lang}: ${text.trim().slice(0, 40)}`);
      }
      return out;
    });
    expect(wrong).toEqual([]);
  });
});
