import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium, watchedPage } from './browser.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, problems: errors } = await watchedPage(browser, { acceptDownloads: true }));
});
afterAll(async () => {
  await browser?.close();
});

const annual = () => page.getByLabel('年度目标');
const quarterTable = () => page.getByRole('table', { name: '按季度' });
const quarterCells = () => quarterTable().locator('tbody td:last-child').allTextContents();

describe('a sales rep breaking down an annual target', () => {
  it('types 1,200,000 in full-width digits and gets 300,000.00 a quarter, adding back to the target', async () => {
    await page.goto(`${base}/tools/targets/`);
    await hydrated(page);
    await page.getByLabel('年份').fill('2026');
    await page.getByLabel('只算周一至周五').check();
    await annual().fill('１，２００，０００');
    await expect
      .poll(quarterCells)
      .toEqual(['300,000.00', '300,000.00', '300,000.00', '300,000.00']);
    const total = quarterTable().locator('tfoot');
    expect(await total.textContent()).toMatch(/合计.*1,200,000\.00\s*= 年度目标/);
    expect(await page.getByRole('table', { name: '按月' }).locator('tfoot').textContent()).toMatch(
      /1,200,000\.00\s*= 年度目标/,
    );
    await expect
      .poll(() => page.locator('.tb [role="status"]').textContent())
      .toMatch(/第一季度 300,000\.00.*12 个月合计 1,200,000\.00/);
  });

  it('opens the weeks and days and finds them adding back too', async () => {
    await page.getByText('按周(53 周)').click();
    expect(await page.getByRole('table', { name: '按周' }).locator('tbody tr').count()).toBe(53);
    expect(await page.getByRole('table', { name: '按周' }).locator('tfoot').textContent()).toMatch(
      /1,200,000\.00\s*= 年度目标/,
    );
    await page.getByText('按工作日(261 天)').click();
    const days = page.getByRole('table', { name: '按工作日' });
    expect(await days.locator('tbody tr').count()).toBe(261);
    expect(await days.locator('tbody tr').first().textContent()).toMatch(
      /2026-01-01.*周四.*W01.*4,687\.50/,
    );
  });

  it('downloads the daily plan as CSV with a BOM', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /下载 CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('销售目标分解-2026-按工作日.csv');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(
      text.startsWith(
        '\uFEFF日期,星期,ISO周,月份,季度,目标(元)\r\n2026-01-01,周四,2026-W01,1月,Q1,4687.50\r\n',
      ),
    ).toBe(true);
    expect(text.trimEnd().split('\r\n').at(-1)).toBe('合计,,,,,1200000.00');
  });

  it('finds the same state after a reload, the text as typed', async () => {
    await expect.poll(() => page.url()).toMatch(/[?&]t=1\./);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => annual().inputValue()).toBe('１，２００，０００');
    await expect
      .poll(quarterCells)
      .toEqual(['300,000.00', '300,000.00', '300,000.00', '300,000.00']);
  });

  it('says what is wrong next to a bad amount, keeps the text, and withholds the tables', async () => {
    await annual().fill('abc');
    const field = annual();
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await field.getAttribute('aria-describedby'))!;
    const message = page.locator(`#${describedBy}`);
    expect(await message.textContent()).toMatch(/不是一个金额.*请输入数字/);
    // The message sits in the same field box, right after the input.
    expect(await message.evaluate((el) => el.previousElementSibling?.tagName)).toBe('INPUT');
    expect(await field.inputValue()).toBe('abc');
    await expect.poll(() => quarterTable().count()).toBe(0);
    expect(await page.locator('.tb-results').textContent()).toMatch(/请先改正/);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => annual().inputValue()).toBe('abc');
    expect(await annual().getAttribute('aria-invalid')).toBe('true');
  });

  it('takes custom shares, shows their live total and what is missing', async () => {
    await annual().fill('1000000');
    await page.getByLabel('自定义占比').check();
    await page.getByLabel('第四季度(%)').fill('20');
    const sum = page.locator('.tb-sum');
    expect(await sum.textContent()).toMatch(/合计 95%,还差 5%/);
    expect(await page.getByLabel('第一季度(%)').getAttribute('aria-describedby')).toContain(
      await sum.getAttribute('id'),
    );
    await page.getByLabel('第四季度(%)').fill('25');
    await expect
      .poll(quarterCells)
      .toEqual(['250,000.00', '250,000.00', '250,000.00', '250,000.00']);
    await page.getByLabel('第一季度(%)').fill('40');
    await page.getByLabel('第四季度(%)').fill('10');
    await expect
      .poll(quarterCells)
      .toEqual(['400,000.00', '250,000.00', '250,000.00', '100,000.00']);
  });
});

describe('real working days', () => {
  it('counts 2026 by the State Council notice by default, without 1 January or the 春节 days', async () => {
    await page.goto(`${base}/tools/targets/`);
    await hydrated(page);
    await page.getByLabel('年份').fill('2026');
    expect(await page.getByLabel('按法定节假日和调休(国务院办公厅通知)').isChecked()).toBe(true);
    await annual().fill('1200000');
    const summary = page.locator('.tb-summary');
    await expect
      .poll(() => summary.textContent())
      .toMatch(/2026 年共 248 个工作日\(扣除法定节假日/);
    expect(await page.locator('.tb-source').textContent()).toMatch(
      /国务院办公厅关于2026年部分节假日安排的通知/,
    );
    await page.getByText('按工作日(248 天)').click();
    const dates = await page
      .getByRole('table', { name: '按工作日' })
      .locator('tbody tr > :first-child')
      .allTextContents();
    expect(dates).toHaveLength(248);
    expect(dates).not.toContain('2026-01-01');
    expect(dates[0]).toBe('2026-01-04'); // a Sunday worked in exchange (调休上班)
    expect(new Set(dates).size).toBe(248);
  });

  it('says next to the year when a year has no data, and counts Monday–Friday', async () => {
    const year = page.getByLabel('年份');
    await year.fill('2030');
    const noteId = (await year.getAttribute('aria-describedby'))!;
    const note = page.locator(`#${noteId}`);
    expect(await note.textContent()).toMatch(
      /2030 年的法定节假日安排还没有收录.*已按周一至周五计算/,
    );
    // The note sits in the year's own box, right after its field.
    const yearId = (await year.getAttribute('id'))!;
    expect(
      await note.evaluate(
        (el, id) => el.previousElementSibling?.contains(document.getElementById(id)),
        yearId,
      ),
    ).toBe(true);
    await expect
      .poll(() => page.locator('.tb-summary').textContent())
      .toMatch(/2030 年共 \d+ 个工作日\(周一至周五,未扣除法定节假日/);
    await page.getByLabel('只算周一至周五').check();
    await expect.poll(() => note.count()).toBe(0);
    expect(await year.getAttribute('aria-describedby')).toBeNull();
    await expect.poll(() => page.url()).not.toMatch(/\.o(&|$)/);
    await page.getByLabel('按法定节假日和调休(国务院办公厅通知)').check();
    await expect.poll(() => page.url()).toMatch(/[?&]t=1\.1200000\.2030\.e\.w\.o/);
  });
});

describe('keyboard use', () => {
  it('reaches every control with Tab, in order, with visible focus', async () => {
    await page.goto(`${base}/tools/targets/?t=1.1200000.2026.e.w`);
    await hydrated(page);
    await expect.poll(() => annual().inputValue()).toBe('1200000');
    await annual().focus();
    const stops: string[] = [];
    const step = async (key = 'Tab') => {
      await page.keyboard.press(key);
      stops.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const name =
            el.getAttribute('aria-label') ??
            (el as HTMLInputElement).labels?.[0]?.textContent ??
            el.textContent ??
            '';
          return `${el.tagName}:${name.trim().slice(0, 20)}:${getComputedStyle(el).outlineStyle}`;
        }),
      );
    };
    await step(); // 年份
    await step(); // 工作日, the checked radio
    await step(); // 季度分配, the checked radio
    await step('ArrowRight'); // → 自定义占比: the four share fields appear
    for (let i = 0; i < 10; i++) await step();
    expect(stops.map((s) => s.replace(/:[a-z]+$/, ''))).toEqual([
      'INPUT:年份',
      'INPUT:只算周一至周五',
      'INPUT:平均(每季度 25%)',
      'INPUT:自定义占比',
      'INPUT:第一季度(%)',
      'INPUT:第二季度(%)',
      'INPUT:第三季度(%)',
      'INPUT:第四季度(%)',
      'INPUT:按各月工作日天数',
      'SECTION:按季度',
      'SECTION:按月',
      'BUTTON:下载 CSV(按工作日的日计划)',
      'SUMMARY:按周(53 周)',
      'SUMMARY:按工作日(261 天)',
    ]);
    expect(stops.filter((s) => s.endsWith(':none'))).toEqual([]);
  });

  it('logged no script errors on the way', () => {
    expect(errors).toEqual([]);
  });
});
