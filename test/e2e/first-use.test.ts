// A role page's grader loads React only when the reader starts using it
// (client:first-use, src/directives/). These tests hold React's chunk back
// to be sure of what happens before it arrives.
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { hydrated, launchChromium, watchedPage } from './browser.ts';

const base = inject('baseUrl');
const ROLE = `${base}/roles/customer-representative/`;
const REACT_CHUNK = /\/_astro\/vendor-react\.[^/]+\.js$/;
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** A fresh page that lists its script requests and holds React's chunk back until `release()`. */
async function rolePage() {
  const { page, problems } = await watchedPage(browser);
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
  });
  let release!: () => void;
  const gate = new Promise<void>((ok) => (release = ok));
  let held = 0;
  await page.route(REACT_CHUNK, async (route: Route) => {
    held += 1;
    await gate;
    await route.continue();
  });
  return { page, problems, scripts, release, held: () => held };
}

const grader = (page: Page) => page.locator('astro-island').first();
const total = (page: Page) => page.locator('output.total').first();
const field = (page: Page, label: string) => page.getByLabel(label).first();

/** scoring.md's worked example, typed key by key: 75.80, 合格. */
const EXAMPLE: [string, string][] = [
  ['销售目标达成率 计划', '1000'],
  ['销售目标达成率 实际', '1050'],
  ['客户满意度 数值', '86'],
  ['新客户数 计划', '10'],
  ['新客户数 实际', '12'],
  ['客户保留率 数值', '96'],
  ['客户流失率 数值', '4'],
  ['交叉销售成功率 数值', '12'],
  ['市场分析报告逾期次数(次)', '5'],
];

describe('a role page before its grader is used', () => {
  it('requests no React and no grader code while it is read and scrolled through', async () => {
    const { page, problems, scripts, release } = await rolePage();
    release();
    await page.goto(ROLE, { waitUntil: 'networkidle' });
    // Scrolling the grader into view is reading, not use.
    await field(page, '销售目标达成率 计划').scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    await page.waitForTimeout(300);
    expect(
      scripts.filter((s) => REACT_CHUNK.test(s) || /Grader|\/_astro\/client\./.test(s)),
    ).toEqual([]);
    expect(scripts.length, 'the header search script did load').toBeGreaterThan(0);
    expect(await grader(page).getAttribute('ssr')).toBe('');
    // The first focus inside it brings React and the grader.
    await field(page, '销售目标达成率 计划').focus();
    await hydrated(page);
    expect(scripts.some((s) => REACT_CHUNK.test(s))).toBe(true);
    expect(scripts.some((s) => /ScorecardGrader/.test(s))).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('typing before React has arrived', () => {
  it('keeps and counts every figure typed, and leaves focus and caret in place', async () => {
    const { page, problems, release, held } = await rolePage();
    await page.goto(ROLE, { waitUntil: 'networkidle' });
    for (const [label, value] of EXAMPLE) {
      await field(page, label).click();
      await page.keyboard.type(value);
    }
    // Caret inside the last field, between 5 and the end: ArrowLeft from "5" leaves it at 0.
    await page.keyboard.press('ArrowLeft');
    expect(held(), 'React was asked for and is held back').toBe(1);
    expect(await grader(page).getAttribute('ssr'), 'not hydrated yet').toBe('');
    expect(await total(page).textContent()).not.toMatch(/75\.80/);

    release();
    await hydrated(page);
    await expect.poll(() => total(page).textContent()).toMatch(/总分\s*75\.80.*合格/);
    expect(await field(page, '客户满意度 数值').inputValue()).toBe('86');
    const caret = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { label: el.labels?.[0]?.textContent, at: el.selectionStart };
    });
    expect(caret).toEqual({ label: '市场分析报告逾期次数(次)', at: 0 });
    // React now owns the field: typing at the caret changes the figures.
    await page.keyboard.type('1'); // 15 reports overdue: over the sheet's limit for the deduction
    expect(await field(page, '市场分析报告逾期次数(次)').inputValue()).toBe('15');
    await expect.poll(() => total(page).textContent()).not.toMatch(/75\.80/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('carries out a button pressed before React arrived once it has', async () => {
    const { page, problems, release } = await rolePage();
    await page.goto(ROLE, { waitUntil: 'networkidle' });
    await field(page, '客户满意度 数值').click();
    await page.keyboard.type('86');
    await page.getByRole('button', { name: '清空重填' }).first().click();
    expect(await field(page, '客户满意度 数值').inputValue(), 'nothing has run yet').toBe('86');
    release();
    await hydrated(page);
    await expect.poll(() => field(page, '客户满意度 数值').inputValue()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('a role page with a saved sheet', () => {
  it('shows the sheet kept from the last visit at once, without a click', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(ROLE);
    await field(page, '客户满意度 数值').click();
    await page.keyboard.type('86');
    await hydrated(page);
    await expect.poll(() => page.url()).toMatch(/sc-customer-representative-annual=1\./);
    // The same page without the state in its address: only localStorage has it.
    await page.goto(ROLE);
    await hydrated(page);
    await expect.poll(() => field(page, '客户满意度 数值').inputValue()).toBe('86');
    expect(await page.evaluate(() => document.activeElement === document.body)).toBe(true);
    await context.close();
  });
});
