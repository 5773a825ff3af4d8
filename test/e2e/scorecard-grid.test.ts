import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium, watchedPage } from './browser.ts';
import { decodeState } from '../../src/lib/scoring/decode-state.ts';
import { loadScorecard } from '../support/scorecards.ts';

const base = inject('baseUrl');
const SHEET = 'customer-representative-annual';
const OTHER = 'account-specialist-monthly-a';
let browser: Browser;
let page: Page;
let problems: string[];

beforeAll(async () => {
  browser = await launchChromium();
  ({ page, problems } = await watchedPage(browser));
});
afterAll(async () => {
  await browser?.close();
});

const grid = (p: Page = page) => p.getByRole('grid');
const cell = (label: string) => grid().getByLabel(label, { exact: true });
const focusedLabel = () =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
const total = () => page.locator('output.total');

async function openGrid(p: Page, path = `/tools/scorecard/?card=${SHEET}`) {
  await p.goto(base + path);
  await hydrated(p);
  const toggle = p.getByRole('button', { name: '表格视图(考核表格式)' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  await grid(p).waitFor();
}

/** A paste as the browser delivers one copied from Excel: text/plain, tabs and newlines. */
const paste = (label: string, text: string) =>
  cell(label).evaluate((el, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);

describe('the grid (考核表格式) at 1280 px', () => {
  it('has the columns of 004’s 考核表 and one row an indicator', async () => {
    await openGrid(page);
    expect(await grid().locator('thead th').allTextContents()).toEqual([
      '序号',
      '指标',
      '标准',
      '计划',
      '实际',
      '完成率',
      '权重(%)',
      '得分',
    ]);
    const card = loadScorecard(SHEET);
    const rows = await grid().locator('tbody th[scope="row"]').allTextContents();
    expect(rows).toEqual([
      ...card.indicators.map((i) => i.label),
      ...card.deductions.map((d) => `扣分项:${d.label}`),
    ]);
    // The inputs are one Tab stop: the rest are reached with the arrow keys.
    expect(await grid().locator('input[tabindex="0"]').count()).toBe(1);
    expect(await grid().locator('input[tabindex="-1"]').count()).toBeGreaterThan(10);
  });

  it('moves between cells with the arrow keys, as a spreadsheet does', async () => {
    await page.getByRole('button', { name: '表格视图(考核表格式)' }).focus();
    await page.keyboard.press('Tab');
    expect(await focusedLabel()).toBe('销售目标达成率 计划(万元)');
    await page.keyboard.type('1000');
    await page.keyboard.press('ArrowRight'); // caret at the end: next cell
    expect(await focusedLabel()).toBe('销售目标达成率 实际(万元)');
    await page.keyboard.type('900');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('客户满意度 数值(%)');
    await page.keyboard.press('ArrowDown');
    expect(await focusedLabel()).toBe('新客户数 实际(个)');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedLabel()).toBe('销售目标达成率 实际(万元)');
    // Within a cell the arrows move the caret; only at its end do they leave.
    await page.keyboard.press('End');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('销售目标达成率 实际(万元)');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowLeft');
    expect(await focusedLabel()).toBe('销售目标达成率 计划(万元)');
    // The cell left is now the Tab stop; the row shows its 完成率 and level.
    expect(await cell('销售目标达成率 计划(万元)').getAttribute('tabindex')).toBe('0');
    expect(await grid().locator('tbody tr').first().textContent()).toMatch(/90\.00%合格/);
  });

  it('fills the cells below from a column pasted from Excel, and grades the sheet', async () => {
    await paste('销售目标达成率 实际(万元)', '1,050\r\n８６％\r\n12\r\n96%\r\n4\r\n 12 \r\n5\r\n');
    await expect
      .poll(() => page.locator('.grid-help ~ [aria-live]').textContent())
      .toBe('已粘贴 7 个单元格。');
    await paste('销售目标达成率 计划(万元)', '１，０００\n10\n');
    expect(await cell('新客户数 计划(个)').inputValue()).toBe('10');
    expect(await cell('客户满意度 数值(%)').inputValue()).toBe('８６％');
    expect(await cell('市场分析报告逾期次数(次)').inputValue()).toBe('5');
    await expect.poll(() => total().textContent()).toMatch(/总分\s*75\.80.*合格/);
    expect(await grid().locator('tfoot').textContent()).toMatch(/合计.*100\.00.*75\.80/);
    expect(await page.locator('.grid-help ~ [aria-live]').textContent()).toBe(
      '已粘贴 2 个单元格。',
    );
  });

  it('shows a refused value next to its cell, and the stacked form holds the same state', async () => {
    await cell('客户满意度 数值(%)').fill('abc');
    const err = await cell('客户满意度 数值(%)').getAttribute('aria-describedby');
    expect(await page.locator(`#${err}`).textContent()).toMatch(/数字/);
    await cell('客户满意度 数值(%)').fill('86');
    await page.getByRole('button', { name: '表格视图(考核表格式)' }).click();
    await expect.poll(() => grid().count()).toBe(0);
    expect(await page.getByLabel('新客户数 计划').inputValue()).toBe('10');
    expect(await total().textContent()).toMatch(/75\.80/);
    await page.getByRole('button', { name: '表格视图(考核表格式)' }).click();
    await grid().waitFor();
  });

  it('passes axe in light and dark, filled and with a refused value', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    for (const colorScheme of ['light', 'dark'] as const) {
      const p = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
      await openGrid(p);
      await p.getByRole('grid').getByLabel('销售目标达成率 计划(万元)').fill('1000');
      await p.getByRole('grid').getByLabel('客户满意度 数值(%)').fill('abc');
      await p.evaluate(axe);
      const violations = await p.evaluate(() =>
        (
          window as unknown as {
            axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string }[] }> };
          }
        ).axe
          .run(document.querySelector('.grader'), {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa', 'best-practice'] },
          })
          .then((r) => r.violations.map((v) => v.id)),
      );
      expect(violations, colorScheme).toEqual([]);
      await p.close();
    }
  });
});

describe('a phone at 360 px', () => {
  it('keeps the stacked form, even when the grid was chosen on a wide screen', async () => {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await openGrid(p); // chooses the grid at 1280 (remembered)…
    await p.setViewportSize({ width: 360, height: 800 }); // …then the screen is narrow
    await expect.poll(() => grid(p).count()).toBe(0);
    expect(await p.locator('fieldset.ind legend').first().textContent()).toBe('销售目标达成率');
    expect(await p.locator('.view-switch').isVisible()).toBe(false);
    await p.reload();
    await hydrated(p);
    expect(await p.locator('fieldset.ind').count()).toBeGreaterThan(5);
    expect(await grid(p).count()).toBe(0);
    await p.close();
  });
});

describe('the printed 考核表', () => {
  it('prints the graded sheet to sign: who, period, rows, total, signatures, steps', async () => {
    await page.getByLabel('被考核人').fill('张三');
    await page.getByLabel('考核期间').fill('2026年11月');
    await page.evaluate(() => {
      window.print = () => {}; // headless Chromium has no print dialog; page.pdf() prints
    });
    await page.getByRole('button', { name: '打印考核表' }).click();
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const dir = join(tmpdir(), 'rolebook-print');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'kaohebiao.pdf');
    writeFileSync(file, pdf);
    expect(existsSync('/usr/bin/pdftotext'), 'pdftotext (poppler-utils) is installed').toBe(true);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    const flat = text.replace(/\s+/g, ' ');
    for (const want of [
      '客户代表示例考核表(年度)',
      '被考核人 张三',
      '考核期间 2026年11月',
      '序号 指标 标准 计划 实际 完成率 权重 得分',
      '销售目标达成率',
      '105.00% 合格',
      '总分 75.80 / 100.00 等级 合格',
      '被考核人(签字)',
      '考核人(签字)',
      '审核人(签字)',
      '附:计算过程',
      '完成率 = 1,050 ÷ 1,000 × 100% = 105.00%',
    ])
      expect(flat).toContain(want);
    expect(flat.match(/日期/g)?.length).toBe(3);
    // The sheet alone: not the page's heading, the form or its buttons.
    expect(flat).not.toContain('复制分享链接');
    expect(flat).not.toContain('选择考核表');
    if (existsSync('/usr/bin/pdftoppm'))
      execFileSync('pdftoppm', ['-png', '-r', '60', file, join(dir, 'page')]);
  });
});

describe('/tools/scorecard/ loads the picked sheet', () => {
  it('carries only ids and titles of the other sheets in its HTML', () => {
    const html = readFileSync('dist/tools/scorecard/index.html', 'utf8');
    const other = loadScorecard(OTHER);
    expect(html).toContain(other.title);
    expect(html).not.toContain(other.description!);
    expect(html).not.toContain(other.indicators[0]!.standard!);
  });

  it('fetches the sheet from /api/scorecards/<id>.json when picked', async () => {
    await page.goto(`${base}/tools/scorecard/`);
    await hydrated(page);
    const title = loadScorecard(OTHER).title;
    const [res] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/scorecards/${OTHER}.json`)),
      page.getByLabel('选择考核表').selectOption(OTHER),
    ]);
    expect(res.status()).toBe(200);
    await expect.poll(() => page.locator('h2.picked').textContent()).toBe(title);
    await page.getByLabel('拜访目标指标 计划(组)').fill('10');
    await page.getByLabel('拜访目标指标 实际(组)').fill('9');
    // The address catches up after each keystroke's render: wait for the last one.
    await expect
      .poll(() => {
        const shared = new URL(page.url()).searchParams.get(`sc-${OTHER}`);
        return decodeState(loadScorecard(OTHER), shared)?.fields['visits']?.actual;
      })
      .toBe('9');
  });

  it('reproduces a shared link (?sc-<id>=…) without ?card=', async () => {
    const shared = new URL(page.url());
    shared.searchParams.delete('card');
    shared.searchParams.delete(`sc-${SHEET}`); // this browser's own saved first sheet
    const p = await browser.newPage();
    await p.goto(shared.href);
    await hydrated(p);
    await expect.poll(() => p.getByLabel('拜访目标指标 实际(组)').inputValue()).toBe('9');
    expect(await p.getByLabel('选择考核表').inputValue()).toBe(OTHER);
    await p.close();
  });

  it('says so when the sheet cannot be loaded, and loads it on 重试', async () => {
    const p = await browser.newPage();
    let fail = true;
    await p.route('**/api/scorecards/*.json', (route) =>
      fail ? route.fulfill({ status: 503, body: 'down' }) : route.continue(),
    );
    await p.goto(`${base}/tools/scorecard/`);
    await hydrated(p);
    await p.getByLabel('选择考核表').selectOption('business-director-annual');
    const status = p.locator('.sheet-status');
    await expect.poll(() => status.textContent()).toMatch(/无法载入考核表.*HTTP 503.*重试/);
    fail = false;
    await p.getByRole('button', { name: '重试' }).click();
    await expect
      .poll(() => p.locator('h2.picked').textContent())
      .toBe(loadScorecard('business-director-annual').title);
    expect(await status.textContent()).toBe('');
    await p.close();
  });

  it('logged no script errors on the way', () => {
    expect(problems).toEqual([]);
  });
});
