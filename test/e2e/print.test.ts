// A role page printed from the browser is the formal 岗位说明书: A4, the header table, the
// numbered sections in the formal order (only those the role's content has), nothing
// wider than the page, and none of the web page's tools.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, watchedPage } from './browser.ts';
import { loadTestHandbook } from '../support/handbook.ts';

const base = inject('baseUrl');
const handbook = await loadTestHandbook();
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const NUMERALS = '一二三四五六七八';
/** The formal sections a role's content calls for, in the formal order. */
function expectedHeadings(id: string): string[] {
  const r = handbook.byId.roles.get(id)!.data;
  const has: [string, boolean][] = [
    ['岗位概述', true],
    ['岗位职责', handbook.responsibilitiesOf(id).length > 0],
    ['任职资格', r.qualifications.length > 0],
    ['绩效考核', r.kpis.length > 0 || handbook.scorecardsOf(id).length > 0 || Boolean(r.appraisal)],
    ['薪酬福利', r.pay.length > 0],
    ['培训与发展', r.training.length > 0],
    ['职业发展', Boolean(r.careerPath)],
    ['注意事项', r.rules.length > 0 || Boolean(r.risks)],
  ];
  return has.filter(([, on]) => on).map(([t], i) => `${NUMERALS[i]}、${t}`);
}

/** A4 less the print margins (18 mm each side), in CSS pixels. */
const TEXT_WIDTH = Math.floor(((210 - 36) / 25.4) * 96);

async function printed(url: string): Promise<{ page: Page; problems: string[] }> {
  const w = await watchedPage(browser, { viewport: { width: TEXT_WIDTH, height: 1000 } });
  await w.page.goto(base + url);
  await w.page.emulateMedia({ media: 'print' });
  return w;
}

const roles = handbook.roles.map((r) => r.id);

describe('a role page prints as the formal 岗位说明书', () => {
  it('covers every role, and the roles differ in the sections they print', () => {
    expect(roles.length).toBeGreaterThanOrEqual(5);
    expect(new Set(roles.map((id) => expectedHeadings(id).join())).size).toBeGreaterThan(1);
  });

  it.each(roles)('%s: A4 pages with the running header and page count', async (id) => {
    const { page, problems } = await printed(`/roles/${id}/`);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)];
    expect(boxes.length).toBeGreaterThan(0);
    for (const [, w, h] of boxes) {
      expect(Math.round(Number(w))).toBe(595);
      expect(Math.round(Number(h))).toBe(842);
    }
    // The running header names the role: its stylesheet sets the top margin box.
    const css = await (await fetch(`${base}/roles/${id}/print.css`)).text();
    expect(css).toContain(`"${handbook.byId.roles.get(id)!.data.title}岗位说明书"`);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(roles)('%s: header table, numbered sections in order, sign-off', async (id) => {
    const { page, problems } = await printed(`/roles/${id}/`);
    const seen = await page.evaluate(() => {
      const drawn = (el: Element) =>
        (el as HTMLElement).offsetParent !== null || el.tagName === 'BODY';
      const headings = [...document.querySelectorAll('main h2')]
        .filter(drawn)
        .filter((h) => getComputedStyle(h, '::before').content.startsWith('"'))
        .map((h) => ({
          text: JSON.parse(getComputedStyle(h, '::before').content) as string,
          top: h.getBoundingClientRect().top,
        }))
        .sort((a, b) => a.top - b.top)
        .map((h) => h.text);
      const rows = [...document.querySelectorAll('.jd-head tr')]
        .filter(drawn)
        .map((tr) => tr.querySelector('th')!.textContent!.trim());
      const title = document.querySelector('.jd-title');
      const signoff = [...document.querySelectorAll('.jd-signoff th')]
        .filter(drawn)
        .map((th) => th.textContent!.trim());
      const lastTop = Math.max(
        ...[...document.querySelectorAll('main h2')]
          .filter(drawn)
          .map((h) => h.getBoundingClientRect().top),
      );
      const signTop = document.querySelector('.jd-signoff')?.getBoundingClientRect().top ?? -1;
      return {
        headings,
        rows,
        title: title && drawn(title) ? title.textContent!.trim() : '',
        signoff,
        signoffLast: signTop > lastTop,
      };
    });
    const r = handbook.byId.roles.get(id)!.data;
    expect(seen.title).toBe(`${r.title}岗位说明书`);
    expect(seen.headings).toEqual(expectedHeadings(id));
    expect(seen.rows.slice(0, 1)).toEqual(['岗位名称']);
    expect(seen.rows.at(-1)).toBe('修订日期');
    if (r.department) expect(seen.rows).toContain('所属部门');
    if (r.reportsTo.length) expect(seen.rows).toContain('直接上级');
    if (r.directReports.length) expect(seen.rows).toContain('直接下级');
    if (r.nature) expect(seen.rows).toContain('岗位性质');
    if (r.location) expect(seen.rows).toContain('工作地点');
    expect(seen.signoff).toEqual(['编制', '日期', '审核', '日期', '批准', '日期']);
    expect(seen.signoffLast, 'the sign-off block comes after every section').toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each(roles)(
    '%s: nothing wider than the page; no navigation, widget or underline',
    async (id) => {
      const { page, problems } = await printed(`/roles/${id}/`);
      const out = await page.evaluate((width) => {
        const visible = [...document.querySelectorAll<HTMLElement>('body *')].filter((el) => {
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
        });
        const wide = visible
          .filter((el) => el.getBoundingClientRect().right > width + 1)
          .map((el) => `${el.tagName}.${el.className}`);
        const tools = visible
          .filter((el) =>
            el.matches('header.site-header, nav, footer, astro-island, button, input, .toc'),
          )
          .map((el) => el.tagName);
        const underlined = visible
          .filter((el) => el.tagName === 'A')
          .filter((a) => getComputedStyle(a).textDecorationLine !== 'none').length;
        return { wide, tools, underlined, scroll: document.documentElement.scrollWidth };
      }, TEXT_WIDTH);
      expect(out.wide).toEqual([]);
      expect(out.scroll).toBeLessThanOrEqual(TEXT_WIDTH);
      expect(out.tools).toEqual([]);
      expect(out.underlined).toBe(0);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
