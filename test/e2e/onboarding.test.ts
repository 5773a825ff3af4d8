// The onboarding checklist in Chromium: ticks survive a reload, the CSV holds every
// item with its tick, a reset can be undone, and without JavaScript it is still the list.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { pagesPerTest } from './browser.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);
const PATH = '/onboarding/customer-representative/';

const boxes = (page: Page) => page.locator('main input[type=checkbox]');
const ticked = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('main input[type=checkbox]')].flatMap((b, i) =>
      b.checked ? [i] : [],
    ),
  );

async function checklist() {
  const page = await open({ acceptDownloads: true });
  await page.goto(base + PATH);
  await page.getByRole('button', { name: '导出 CSV' }).waitFor();
  return page;
}

describe('the onboarding checklist', () => {
  it('says it is the handbook’s suggestion and that progress stays on this device', async () => {
    const page = await checklist();
    await expect.poll(() => page.locator('main').textContent()).toContain('本手册建议,非来源原文');
    expect(await page.locator('main').textContent()).toContain('进度只保存在本设备的浏览器中');
  });

  it('keeps its ticks across a reload, by keyboard and by click', async () => {
    const page = await checklist();
    const n = await boxes(page).count();
    expect(n).toBeGreaterThan(20);
    await boxes(page).nth(0).focus();
    await page.keyboard.press('Space');
    await page.getByLabel(/独立完成并提交一份销售报告/).check();
    expect(await ticked(page)).toEqual([0, n - 2]);
    expect(await page.locator('[data-progress]').textContent()).toBe(`已完成 2 / ${n} 项`);
    await page.reload();
    await page.locator('[data-progress]').getByText(`已完成 2 / ${n} 项`).waitFor();
    expect(await ticked(page)).toEqual([0, n - 2]);
    // An unticked item is forgotten on reload too.
    await boxes(page).nth(0).uncheck();
    await page.reload();
    await page.locator('[data-progress]').getByText(`已完成 1 / ${n} 项`).waitFor();
    expect(await ticked(page)).toEqual([n - 2]);
  });

  it('exports every item to CSV with a UTF-8 BOM, its basis and its tick', async () => {
    const page = await checklist();
    const n = await boxes(page).count();
    await page.getByLabel(/独立完成并提交一份客户满意度调查报告/).check();
    const [dl] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 CSV' }).click(),
    ]);
    expect(dl.suggestedFilename()).toBe('onboarding-customer-representative.csv');
    const bytes = await readFile((await dl.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.toString('utf8'));
    expect(rows[0]).toEqual([
      '阶段',
      '事项',
      '依据职责',
      '日常任务步骤',
      '工作成果',
      '完成',
      '完成日期',
    ]);
    expect(rows).toHaveLength(n + 1);
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    const done = rows.filter((r) => r[5] === '是');
    expect(done).toEqual([
      [
        '第一季度',
        '独立完成并提交一份客户满意度调查报告',
        '职责一 开发并维护客户关系,提升客户满意度和忠诚度。',
        '',
        '客户满意度调查报告',
        '是',
        today,
      ],
    ]);
    expect(rows.find((r) => r[3] === '1')?.[0]).toBe('第一个月');
    expect(await page.getByRole('status').textContent()).toContain('已导出');
  });

  it('clears the ticks, and the undo brings them back', async () => {
    const page = await checklist();
    await boxes(page).nth(1).check();
    await boxes(page).nth(2).check();
    await page.getByRole('button', { name: '清除进度' }).click();
    await page.getByRole('status').getByText('已清除 2 项勾选。').waitFor();
    expect(await ticked(page)).toEqual([]);
    await page.reload();
    await page.getByRole('button', { name: '导出 CSV' }).waitFor();
    expect(await ticked(page)).toEqual([]);
    await boxes(page).nth(1).check();
    await page.getByRole('button', { name: '清除进度' }).click();
    await page.getByRole('button', { name: '撤销' }).click();
    expect(await ticked(page)).toEqual([1]);
  });

  it('ignores saved progress it cannot read', async () => {
    const page = await checklist();
    await page.evaluate(() =>
      localStorage.setItem('rolebook-onboarding:customer-representative', '{"v":1,"done":'),
    );
    await page.reload();
    await page.getByRole('button', { name: '导出 CSV' }).waitFor();
    expect(await ticked(page)).toEqual([]);
    await boxes(page).nth(0).check();
    expect(await ticked(page)).toEqual([0]);
  });

  it('is the whole list without JavaScript, with no toolbar and a note that ticks are not kept', async () => {
    const page = await open({ javaScriptEnabled: false });
    await page.goto(base + PATH);
    expect(await boxes(page).count()).toBeGreaterThan(20);
    expect(await page.getByRole('button', { name: '导出 CSV' }).isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('勾选不会保存');
    expect(await page.getByRole('heading', { level: 2, name: /第一周/ }).count()).toBe(1);
  });
});
