// The team grader at /en/tools/team/: the same grading as the Chinese page, in English.
// The CSV template's columns stay as the template writes them (the grader reads them
// back), and so do a sheet's labels and grade names, marked lang="zh-CN".
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { templateHeaders } from '../../src/lib/team/index.ts';
import { hydrated, pagesPerTest } from './browser.ts';
import { TEAM_SHEET, gradeTeamCsvEn } from './widgets.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);

async function gradedTeam(): Promise<Page> {
  const page = await open({ acceptDownloads: true });
  await page.goto(`${base}/en/tools/team/`);
  await hydrated(page);
  await gradeTeamCsvEn(page);
  await expect
    .poll(() => page.locator('p.team-summary').textContent())
    .toBe('People: 2; graded: 1; errors: 1');
  return page;
}

const download = async (page: Page, button: string) => {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: dl.suggestedFilename(), text: await readFile((await dl.path())!, 'utf8') };
};

describe('the team grader in English', () => {
  it('grades the worked example to 75.80 under English headings, the labels kept in Chinese', async () => {
    const page = await gradedTeam();
    const table = page.getByRole('region', { name: 'Results table' });
    const heads = await table.locator('thead th').allTextContents();
    expect(heads.slice(0, 2)).toEqual(['Line', 'Name']);
    expect(heads.slice(-3)).toEqual(['Deduction', 'Total ↕', 'Grade']);
    expect(heads).toContain('销售目标达成率');
    expect(await table.locator('thead [lang="zh-CN"]').first().textContent()).toBe(
      '销售目标达成率',
    );
    const li = page.getByRole('row', { name: /李雷/ });
    expect(await li.textContent()).toContain('75.80');
    expect(await li.locator('.level').textContent()).toBe('合格 (Pass)');
    expect(await page.getByRole('row', { name: /韩梅梅/ }).textContent()).toContain('Errors');
    expect(await page.locator('.team-errors h2').textContent()).toBe('To correct');
    expect(await page.locator('.team-errors li').allTextContents()).toEqual([
      'Line 3, “客户满意度(%)”: This is not a number. Type a number, for example 1050 or 95.5 (thousands commas are fine; no 万 and no 1e5). (typed: abc)',
    ]);
  });

  it('suggests a forced distribution, and refuses a move without a reason in English', async () => {
    const page = await gradedTeam();
    await page.getByRole('checkbox', { name: 'Show a forced distribution' }).check();
    expect(await page.locator('.team-dist-out').textContent()).toMatch(
      /^By rank of total: Excellent 0, Pass 1, To improve 0\./,
    );
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const reason = page.getByLabel('Reason (required)');
    const errId = (await reason.getAttribute('aria-describedby'))!
      .split(' ')
      .find((id) => id.endsWith('-err'))!;
    expect(await page.locator(`#${errId}`).textContent()).toBe(
      'Give a reason: every move needs one, and the calibration record keeps it.',
    );
    await reason.fill('Top new-customer results');
    await page.getByRole('button', { name: 'Move', exact: true }).click();
    const record = page.getByRole('region', { name: 'Calibration record' });
    await record.waitFor();
    expect(await record.locator('tbody tr').first().textContent()).toMatch(
      /^1李雷75\.80PassExcellentTop new-customer results$/,
    );
    expect(await page.locator('.team-move-done').textContent()).toBe(
      'Moved 李雷 from “Pass” to “Excellent”; recorded in the calibration record.',
    );
  });

  it('downloads results headed in English and a template in the format it reads back', async () => {
    const page = await gradedTeam();
    const results = await download(page, 'Download the results as CSV');
    expect(results.name).toBe(`${TEAM_SHEET.title} - results.csv`);
    const [header, first] = results.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(header).toMatch(/^Line,Name,销售目标达成率 points,.*,Deduction,Total,Grade,Note$/);
    expect(first).toMatch(/^2,李雷,82\.50,.*,75\.80,合格 \(Pass\),$/);
    const template = await download(page, 'Download the CSV template');
    expect(template.text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(
      templateHeaders(TEAM_SHEET).join(','),
    );
  });

  it('reads an .xlsx and says what it noticed in English', async () => {
    const page = await open();
    await page.goto(`${base}/en/tools/team/`);
    await hydrated(page);
    await page
      .getByLabel('Appraisal sheet', { exact: true })
      .selectOption({ label: TEAM_SHEET.titleEn! });
    await page
      .getByLabel('Or upload a CSV or Excel (.xlsx) file')
      .setInputFiles('test/fixtures/xlsx/team-rep.xlsx');
    await expect
      .poll(() => page.locator('.team-notes').last().textContent())
      .toContain('Empty, skipped: row 4.');
    expect(await page.locator('.team-file .team-hint').textContent()).toMatch(
      /^Read the workbook team-rep\.xlsx \(sheet “/,
    );
  });
});
