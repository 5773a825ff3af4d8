import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { emptyState, encodeState } from '../../src/lib/scoring/index.ts';
import { loadScorecard } from '../support/scorecards.ts';
import { hydrated, launchChromium } from './browser.ts';
import { fillWorkedExample } from './widgets.ts';

const base = inject('baseUrl');
let browser: Browser;
let page: Page;
const dialogs: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
});
afterAll(async () => {
  await browser?.close();
});

const total = () => page.locator('output.total').first();

describe('a manager grading a 客户代表 scorecard', () => {
  it('fills the sheet by its labels and gets 75.80, 合格, with every step shown', async () => {
    await page.goto(`${base}/tools/scorecard/?card=customer-representative-annual`);
    // Typing lands in the sheet's state once the island is live.
    await hydrated(page);
    await expect
      .poll(() => page.getByLabel('选择考核表').inputValue())
      .toBe('customer-representative-annual');
    await fillWorkedExample(page);
    await expect.poll(() => total().textContent()).toMatch(/总分\s*75\.80.*合格/);
    await page.locator('.steps summary').click();
    expect(await page.locator('.steps').textContent()).toContain(
      '完成率 = 1,050 ÷ 1,000 × 100% = 105.00%',
    );
    expect(await page.locator('.steps').textContent()).toContain('82.50 分');
  });

  it('finds the same sheet after a reload', async () => {
    await expect.poll(() => page.url()).toMatch(/sc-customer-representative-annual=1\./);
    await page.reload();
    await hydrated(page);
    await expect.poll(() => total().textContent()).toMatch(/75\.80/);
    expect(await page.getByLabel('客户满意度 数值').inputValue()).toBe('８６％');
  });

  it('reproduces the sheet from a shared link in a fresh browser', async () => {
    const link = page.url();
    expect(link).toMatch(/sc-customer-representative-annual=1\./);
    const ctx = await browser.newContext();
    const other = await ctx.newPage();
    await other.goto(link);
    await hydrated(other);
    await expect.poll(() => other.locator('output.total').textContent()).toMatch(/75\.80.*合格/);
    await ctx.close();
  });

  it('says what is wrong next to a bad field, keeps the text, and withholds the total', async () => {
    const field = page.getByLabel('客户满意度 数值');
    await field.fill('abc');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(/不是一个数字.*请输入数字/);
    expect(await field.inputValue()).toBe('abc');
    await expect.poll(() => total().textContent()).toMatch(/需要改正/);
    expect(await total().textContent()).not.toMatch(/NaN|75\.80/);
    // The other rows keep their figures.
    expect(
      await page.locator('fieldset', { hasText: '销售目标达成率' }).first().textContent(),
    ).toContain('82.50');
  });

  it('clears everything with the reset button', async () => {
    await page.getByRole('button', { name: '清空重填' }).click();
    await expect.poll(() => page.getByLabel('销售目标达成率 计划').inputValue()).toBe('');
    // The address is updated once the cleared sheet has rendered.
    await expect.poll(() => page.url()).not.toMatch(/sc-customer/);
  });
});

describe('the source sheet whose weights total 70%', () => {
  it('warns, withholds the total, and rescales to 100% when asked: 98.57', async () => {
    await page.goto(`${base}/tools/scorecard/?card=account-specialist-monthly-c`);
    await hydrated(page);
    await expect.poll(() => page.getByRole('note').first().textContent()).toMatch(/合计为 70%/);
    await page.getByLabel('拜访目标指标 计划').fill('50');
    await page.getByLabel('拜访目标指标 实际').fill('50');
    await page.getByLabel('拓展指标 计划').fill('10');
    await page.getByLabel('拓展指标 实际').fill('10');
    await page.getByLabel('日常工作指标 评分').fill('90');
    expect(await page.locator('.weights').textContent()).toMatch(/70\.00%.*还差 30\.00%/);
    expect(await total().textContent()).toMatch(/权重有误/);
    await page.getByLabel('按比例折算为100%').check();
    await expect.poll(() => total().textContent()).toMatch(/98\.57/);
  });
});

describe('a planted shared link', () => {
  it('shows script, handler and javascript: payloads as text and runs none of them', async () => {
    const card = loadScorecard('business-director-annual');
    const state = emptyState(card);
    state.fields['sales'] = {
      plan: '<img src=x onerror=alert(1)>',
      actual: 'javascript:alert(2)',
      value: '',
    };
    state.fields['satisfaction'] = { plan: '', actual: '', value: '"><script>alert(3)</script>' };
    await page.goto(
      `${base}/scorecards/business-director-annual/?sc-business-director-annual=${encodeState(card, state)}`,
    );
    const plan = page.getByLabel('年度销售目标完成率 计划');
    // The link carries this sheet's state, so the grader hydrates without being touched.
    await hydrated(page);
    await expect.poll(() => plan.inputValue()).toBe('<img src=x onerror=alert(1)>');
    expect(await page.locator('.grader img, .grader script').count()).toBe(0);
    expect(await plan.getAttribute('aria-invalid')).toBe('true');
    expect(dialogs).toEqual([]);
  });

  it('ignores a link that is not a valid state', async () => {
    // A fresh browser: the planted sheet above is kept in this one's localStorage.
    const ctx = await browser.newContext();
    const fresh = await ctx.newPage();
    const bad = `sc-business-director-annual=1.${encodeURIComponent('not-base64!!')}`;
    await fresh.goto(`${base}/scorecards/business-director-annual/?${bad}`);
    await hydrated(fresh);
    const plan = fresh.getByLabel('年度销售目标完成率 计划');
    await expect.poll(() => fresh.locator('.grader output.total').textContent()).toMatch(/未填写/);
    await expect.poll(() => plan.inputValue()).toBe('');
    await ctx.close();
  });
});

describe('keyboard use', () => {
  it('reaches the picker, every field and the buttons with Tab, in order, with visible focus', async () => {
    await page.goto(`${base}/tools/scorecard/?card=account-specialist-monthly-b`);
    // The named sheet arrives from /api/ after the page: a reader tabs once it shows.
    await expect
      .poll(() => page.locator('h2.picked').textContent())
      .toBe(loadScorecard('account-specialist-monthly-b').title);
    await page.getByLabel('选择考核表').focus();
    const order: string[] = [];
    for (let i = 0; i < 18; i++) {
      await page.keyboard.press('Tab');
      order.push(
        await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const outline = getComputedStyle(el).outlineStyle;
          return `${el.tagName}:${(el as HTMLInputElement).labels?.[0]?.textContent?.trim() ?? el.textContent?.trim()}:${outline}`;
        }),
      );
    }
    expect(order[0]).toMatch(/^BUTTON:表格视图\(考核表格式\)/);
    expect(order[1]).toMatch(/^INPUT:业务管理 评分/);
    expect(order[2]).toMatch(/^INPUT:业务管理 权重/);
    expect(order.some((o) => o.startsWith('INPUT:被考核人'))).toBe(true);
    expect(order.some((o) => o.startsWith('BUTTON:复制分享链接'))).toBe(true);
    expect(order.every((o) => !o.endsWith(':none'))).toBe(true);
  });
});
