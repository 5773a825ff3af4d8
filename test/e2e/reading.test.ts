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

/** Is the element drawn (not display:none) and inside the viewport's width? */
const shown = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector<HTMLElement>(sel);
    if (!el) return 'missing';
    const r = el.getBoundingClientRect();
    if (getComputedStyle(el).display === 'none' || r.width === 0) return 'hidden';
    const inside =
      r.left >= 0 &&
      r.right <= document.documentElement.clientWidth &&
      r.top >= 0 &&
      r.bottom <= innerHeight;
    return inside ? 'shown' : `off-screen ${r.left},${r.top}–${r.right},${r.bottom}`;
  }, selector);

describe('terms explained where they are read', () => {
  it('without JavaScript, hovering or focusing a term shows its definition, described for screen readers', async () => {
    for (const width of [1280, 360]) {
      const page = await browser.newPage({
        javaScriptEnabled: false,
        viewport: { width, height: 800 },
      });
      await page.goto(base + ROLE);
      const link = page.locator('.term-ref > a.term').first();
      const tipId = await link.getAttribute('aria-describedby');
      expect(tipId).toMatch(/^term-tip-\d+$/);
      const tip = `#${tipId}`;
      expect(await page.getAttribute(tip, 'role')).toBe('tooltip');
      expect(await page.textContent(tip)).toContain('客户满意度：客户对企业产品或服务的满意程度');
      expect(await shown(page, tip)).toBe('hidden');
      await link.hover();
      expect(await shown(page, tip)).toBe('shown');
      await page.mouse.move(0, 0);
      expect(await shown(page, tip)).toBe('hidden');
      // Reach the term by Tab, as a keyboard reader does.
      await page.locator('h1').click();
      for (let i = 0; i < 60 && !(await link.evaluate((el) => el === document.activeElement)); i++)
        await page.keyboard.press('Tab');
      expect(await link.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await shown(page, tip)).toBe('shown');
      await page.close();
    }
  });

  it('with JavaScript, the tip opens as a popover on focus and Escape dismisses it', async () => {
    const { page, problems } = await watchedPage(browser);
    await page.goto(base + ROLE);
    const link = page.locator('.term-ref > a.term').first();
    const tip = `#${await link.getAttribute('aria-describedby')}`;
    await link.hover();
    expect(await page.locator(tip).evaluate((el) => el.matches(':popover-open'))).toBe(true);
    expect(await shown(page, tip)).toBe('shown');
    await page.keyboard.press('Escape');
    expect(await shown(page, tip)).toBe('hidden');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('links a term once per section, and never inside headings, links, table headers or code', async () => {
    const page = await browser.newPage();
    const pages = [
      ROLE,
      '/roles/business-director/',
      '/responsibilities/customer-representative-1-sales-target/',
      '/kpis/customer-satisfaction/',
      '/cases/',
      '/glossary/kpi/',
    ];
    let linked = 0;
    for (const path of pages) {
      const res = await page.goto(base + path);
      if (res?.status() !== 200) continue;
      const found = await page.evaluate(() => {
        const terms = [...document.querySelectorAll('main a.term')];
        const bad = terms.filter((a) =>
          a.parentElement?.closest('h1,h2,h3,h4,h5,h6,a,th,code,pre,caption'),
        );
        // Within one responsibility (a section of a role page), one link per term.
        const twice: string[] = [];
        for (const block of document.querySelectorAll('.responsibility')) {
          const hrefs = [...block.querySelectorAll('a.term')].map((a) => a.getAttribute('href'));
          for (const h of new Set(hrefs))
            if (hrefs.filter((x) => x === h).length > 1) twice.push(h ?? '');
        }
        return { count: terms.length, bad: bad.map((a) => a.outerHTML), twice };
      });
      linked += found.count;
      expect(found.bad, path).toEqual([]);
      expect(found.twice, path).toEqual([]);
    }
    expect(linked).toBeGreaterThan(5);
    await page.close();
  });
  it('links a term again in each section that uses it: once in each', async () => {
    const page = await browser.newPage();
    /** Per section of the page: the hrefs of its term links and its text outside tooltips. */
    const sections = (selector: string) =>
      page.evaluate((sel) => {
        return [...document.querySelectorAll(sel)].map((s) => {
          // A responsibility on a role page is a section of its own.
          const own = (a: Element) => a.closest(`${sel}, .responsibility`) === s;
          const terms = [...s.querySelectorAll('a.term')].filter(own);
          const copy = s.cloneNode(true) as Element;
          // Text where a term is never linked does not count as a use.
          const skip = '.term-tip, .responsibility, a:not(.term), h1, h2, h3, h4, th, code';
          for (const el of copy.querySelectorAll(skip)) el.remove();
          return {
            id: s.getAttribute('aria-labelledby') ?? s.querySelector('dt, h2')?.textContent ?? '',
            hrefs: terms.map((a) => a.getAttribute('href') ?? ''),
            text: copy.textContent ?? '',
          };
        });
      }, selector);
    await page.goto(base + ROLE);
    const role = await sections(
      'main section[aria-labelledby]:not(section section), .responsibility',
    );
    const satisfaction = '/glossary/customer-satisfaction/';
    // The summary, the deliverables and the appraisal all speak of it, outside any responsibility.
    for (const id of ['summary', 'deliverables', 'appraisal']) {
      const section = role.find((s) => s.id === id);
      expect(section?.text, id).toContain('客户满意度');
      expect(
        section?.hrefs.filter((h) => h === satisfaction),
        id,
      ).toHaveLength(1);
    }
    for (const s of role) expect(s.hrefs, s.id).toEqual([...new Set(s.hrefs)]);

    // A KPI page: its definition and the source's notes are two sections.
    await page.goto(`${base}/kpis/sales-attainment/`);
    const kpi = await page.evaluate(() => {
      const hrefs = (el: Element | null | undefined) =>
        [...(el?.querySelectorAll('a.term') ?? [])].map((a) => a.getAttribute('href'));
      const notes = document.querySelector('#notes')?.nextElementSibling;
      const definition = document.querySelector('.prose > p:not(.muted)');
      return { definition: hrefs(definition), notes: hrefs(notes) };
    });
    expect(kpi.definition).toContain('/glossary/sales-performance/');
    expect(kpi.notes.filter((h) => h === '/glossary/sales-performance/')).toHaveLength(1);
    await page.close();
  });
});

describe('the glossary by pinyin', () => {
  it('lists terms under A–Z letters in zh-CN collation order, with jumps to the letters that exist', async () => {
    const page = await browser.newPage();
    await page.goto(`${base}/glossary/`);
    const groups = await page.evaluate(() =>
      [...document.querySelectorAll('main section')].map((s) => ({
        letter: s.querySelector('h2')?.textContent ?? '',
        id: s.querySelector('h2')?.id ?? '',
        terms: [...s.querySelectorAll('dt a')].map((a) => a.textContent ?? ''),
      })),
    );
    const letters = groups.map((g) => g.letter);
    expect(letters).toEqual([...letters].sort());
    const byLetter = Object.fromEntries(groups.map((g) => [g.letter, g.terms]));
    expect(byLetter.S).toContain('SWOT分析');
    expect(byLetter.S).toContain('市场调研');
    expect(byLetter.K).toEqual(expect.arrayContaining(['KPI', '客户满意度']));
    expect(byLetter.Q).toContain('权重');
    expect(byLetter.J).toEqual(expect.arrayContaining(['交叉销售', '绩效考核']));
    expect(byLetter.W).toContain('完成率');
    const collator = new Intl.Collator('zh-CN');
    for (const g of groups) expect(g.terms).toEqual([...g.terms].sort(collator.compare));
    expect(groups.flatMap((g) => g.terms).length).toBe(15);
    const jumps = page.getByRole('navigation', { name: '按拼音首字母跳转' }).getByRole('link');
    expect(await jumps.allTextContents()).toEqual(letters);
    for (const g of groups)
      expect(await page.getAttribute(`a[href="#${g.id}"]`, 'href')).toBe(`#${g.id}`);
    await jumps.filter({ hasText: /^S$/ }).click();
    expect(page.url()).toMatch(/#letter-S$/);
    await page.close();
  });
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
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${base}/search/?q=${encodeURIComponent('客户满意度')}`);
    const preloads = await page.evaluate(() =>
      [
        ...document.querySelectorAll<HTMLLinkElement>('link[rel=modulepreload], link[rel=preload]'),
      ].map((l) => l.getAttribute('href')),
    );
    expect(preloads).toEqual(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind']);
    await page.locator('[data-page-results] li').first().waitFor();
    // Each preloaded file is one Pagefind uses: fetched once, not twice.
    for (const p of preloads) expect(requested.filter((r) => r === p)).toHaveLength(1);
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
