// Terms explained where they are read, and the glossary by pinyin.
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
