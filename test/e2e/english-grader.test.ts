// The scorecard grader on English pages: the same engine and figures as the Chinese
// pages, worded in English; the sheet's own Chinese (labels without an English
// name, standards, grade names) shown as written and marked lang="zh-CN".
import { describe, expect, inject, it } from 'vitest';
import { hydrated, pagesPerTest } from './browser.ts';
import { fillWorkedExample, fillWorkedExampleEn } from './widgets.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);
const SHEET = '?card=customer-representative-annual';

describe('the scorecard grader at /en/tools/scorecard/', () => {
  it('labels the picker, the rows and the fields in English', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/scorecard/${SHEET}`);
    await hydrated(page);
    expect(await page.getByLabel('Appraisal sheet', { exact: true }).inputValue()).toBe(
      'customer-representative-annual',
    );
    expect(await page.locator('h2.picked').textContent()).toBe(
      'Customer Representative sample appraisal sheet (annual)',
    );
    const legends = await page.locator('.grader legend').allTextContents();
    expect(legends.slice(0, 6)).toEqual([
      'Sales target attainment rate',
      'Customer satisfaction',
      'New customers',
      'Customer retention rate',
      'Customer churn rate',
      'Cross-selling and upselling success rate',
    ]);
    // A unit and a label the content gives in Chinese only stay Chinese, marked as such.
    expect(await page.getByLabel('Sales target attainment rate Plan (万元)').count()).toBe(1);
    const deduction = page.locator('.grader legend').nth(6);
    expect(await deduction.textContent()).toBe('Deduction: 市场分析报告逾期次数');
    expect(await deduction.locator('[lang="zh-CN"]').textContent()).toBe('市场分析报告逾期次数');
    for (const name of ['Copy link to share', 'Print the sheet', 'Clear all'])
      expect(await page.getByRole('button', { name }).count()).toBe(1);
    expect(await page.locator('.grader').textContent()).not.toMatch(/计划|实际|权重|得分|复制/);
  });

  it('grades the worked example to the Chinese page’s total, with every step in English', async () => {
    const zh = await open();
    await zh.goto(`${base}/tools/scorecard/${SHEET}`);
    await hydrated(zh);
    await fillWorkedExample(zh);
    await expect.poll(() => zh.locator('output.total').textContent()).toMatch(/总分\s*75\.80/);

    const page = await open();
    await page.goto(`${base}/en/tools/scorecard/${SHEET}`);
    await hydrated(page);
    await fillWorkedExampleEn(page);
    const total = page.locator('output.total');
    await expect.poll(() => total.textContent()).toMatch(/^Total\s*75\.80\s*\/ 100\.00/);
    // The grade is the sheet's own (合格), with its level in English.
    expect(await total.locator('.level').textContent()).toBe('合格 (Pass)');
    expect(await total.locator('.level [lang="zh-CN"]').textContent()).toBe('合格');
    expect(await total.locator('.total-value').textContent()).toBe(
      await zh.locator('output.total .total-value').textContent(),
    );
    await page.locator('.steps summary').click();
    const steps = (await page.locator('.steps').textContent()) ?? '';
    for (const s of [
      'Completion rate = 1,050 ÷ 1,000 × 100% = 105.00%',
      '105.00% is between 90% and 110%, by linear interpolation: 60 + (105 − 90) ÷ (110 − 90) × 30 = 82.50 points',
      'Level: pass (pass ≥90%, excellent ≥110%)',
      'Weighted points = 82.50 × 40% = 33.00',
      'Count 5, 2 over the 3 allowed: 2 × 2 = 4.00 points',
      'Weighted sum = 33.00 + 15.60 + 9.50 + 7.00 + 7.50 + 7.20 = 79.80',
      'Total = 79.80 − 4.00 = 75.80',
      'Grade: 合格 (total 75.80 ≥ 60)',
    ])
      expect(steps).toContain(s);
    expect(await page.locator('.steps [lang="zh-CN"]').allTextContents()).toContain('合格');
  });

  it('says what is wrong next to a refused field, in English', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/scorecard/${SHEET}`);
    await hydrated(page);
    const field = page.getByLabel('Customer satisfaction Value');
    await field.fill('abc');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    const describedBy = await field.getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).textContent()).toMatch(
      /This is not a number\. Type a number, for example 1050 or 95\.5/,
    );
    await page.getByLabel('市场分析报告逾期次数 (times)').fill('13');
    await expect
      .poll(() => page.locator('.deduction .field-error').textContent())
      .toBe('Out of range. Type a number from 0 to 12.');
    expect(await page.locator('output.total').textContent()).toMatch(
      /^Entries still to fill in before there is a total|^Entries to correct/,
    );
  });

  it('warns of a source sheet whose weights total 70%, and rescales when asked', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/scorecard/?card=account-specialist-monthly-c`);
    await expect
      .poll(() => page.getByRole('note').first().textContent())
      .toMatch(/weights totalling 70%, short of 100%/);
    await page.getByLabel('Visit target Plan').fill('50');
    await page.getByLabel('Visit target Actual').fill('50');
    await page.getByLabel('Expansion target Plan').fill('10');
    await page.getByLabel('Expansion target Actual').fill('10');
    await page.getByLabel('Daily work Score').fill('90');
    expect(await page.locator('.weights').textContent()).toMatch(
      /Weights total 70\.00%, 30\.00% short/,
    );
    await page.getByLabel('Rescale to 100%').check();
    await expect.poll(() => page.locator('output.total').textContent()).toMatch(/98\.57/);
    // Letter grades are the sheet's own; the level beside them is in English.
    expect(await page.locator('output.total .level').textContent()).toMatch(/\(Excellent\)$/);
  });
});

describe('the grader on an English role page', () => {
  it('loads on first use, in English, and grades as on the tools page', async () => {
    const page = await open();
    await page.goto(`${base}/en/roles/customer-representative/`);
    expect(await page.locator('.grade-here').textContent()).toBe('Grade online');
    await fillWorkedExampleEn(page);
    await hydrated(page);
    await expect.poll(() => page.locator('output.total').first().textContent()).toMatch(/75\.80/);
    expect(await page.locator('.grader').first().textContent()).toContain('Weights total');
  });
});
