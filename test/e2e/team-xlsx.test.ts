// The team grader with Excel files and the team at a glance, in Chromium: a
// LibreOffice .xlsx uploaded, .xlsx downloads read back with the site's own
// reader in Node, and calibration moves that need a reason.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { formatNumber } from '../../src/lib/number/index.ts';
import { readTeamSheet } from '../../src/lib/team-xlsx/index.ts';
import {
  gradeDistribution,
  gradeTeam,
  indicatorSpreads,
  teamSummary,
  templateHeaders,
} from '../../src/lib/team/index.ts';
import { readWorkbook } from '../../src/widgets/team/xlsx-read.ts';
import { hydrated, pagesPerTest } from './browser.ts';
import { zhTeam } from '../support/words.ts';
import { TEAM_ROWS, TEAM_SHEET, gradeTeamCsv } from './widgets.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);
const FIXTURES = 'test/fixtures/xlsx/';
const REP_CSV = readFileSync(`${FIXTURES}team-rep.csv`, 'utf8');
/** 89.20 on the 客户代表 sheet: 0.80 short of 优秀 (90). */
const NEAR = '王五,1000,1160,95,10,12,96,4,15,0';
const XLSX_CODE = /vendor-(read|write)-excel-file|vendor-fflate|\/xlsx-(read|write)\.|team-xlsx/;

async function teamPage() {
  const page = await open({ acceptDownloads: true });
  const xlsxLoads: string[] = [];
  page.on('request', (r) => {
    if (XLSX_CODE.test(r.url())) xlsxLoads.push(new URL(r.url()).pathname);
  });
  await page.goto(`${base}/tools/team/`);
  await hydrated(page);
  await page.getByLabel('选择考核表').selectOption({ label: TEAM_SHEET.title });
  return { page, xlsxLoads };
}
const fileField = (page: Page) => page.getByLabel('或上传 CSV 或 Excel(.xlsx)文件');
const status = (page: Page) => page.locator('p.team-summary');
const download = async (page: Page, button: string) => {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
};
const workbook = (bytes: Buffer) => readWorkbook(new Blob([new Uint8Array(bytes)]));

describe('the team grader with .xlsx', () => {
  it('grades a LibreOffice .xlsx as its CSV, loading the .xlsx code only then', async () => {
    const { page, xlsxLoads } = await teamPage();
    await gradeTeamCsv(page);
    await expect.poll(() => status(page).textContent()).toContain('共 2 人');
    expect(xlsxLoads, 'no .xlsx code for a pasted CSV').toEqual([]);

    await fileField(page).setInputFiles(`${FIXTURES}team-rep.xlsx`);
    await expect
      .poll(() => status(page).textContent())
      .toBe(teamSummary(gradeTeam(TEAM_SHEET, REP_CSV), REP_CSV, zhTeam));
    expect(await page.locator('table.team-table tbody tr th').first().textContent()).toBe('李雷');
    expect(await page.getByText('第 4 行是空行,已跳过。').count()).toBe(1);
    expect(xlsxLoads.some((u) => u.includes('vendor-read-excel-file'))).toBe(true);
    expect(xlsxLoads.some((u) => u.includes('write-excel-file'))).toBe(false);
    expect(await page.getByLabel('选择工作表').count(), 'one sheet: no picker').toBe(0);
  });

  it('offers a sheet picker for a workbook of two sheets and refuses a merged header next to the field', async () => {
    const { page } = await teamPage();
    await fileField(page).setInputFiles(`${FIXTURES}merged-header.xlsx`);
    const picker = page.getByLabel('选择工作表');
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['考核表', '说明']);
    const alert = page.locator('.team-file [role="alert"]');
    expect(await alert.textContent()).toContain('第 1 行(表头)有合并单元格:A1:J1');
    expect(await fileField(page).getAttribute('aria-invalid')).toBe('true');
    expect(await fileField(page).getAttribute('aria-describedby')).toBe(
      await alert.getAttribute('id'),
    );
    expect(await page.locator('table.team-table').count()).toBe(0);
    await picker.selectOption({ label: '说明' });
    await expect.poll(() => alert.textContent()).toContain(`不是「${TEAM_SHEET.title}」的模板`);
  });

  it('downloads the template and the results as .xlsx that the site reads back', async () => {
    const { page, xlsxLoads } = await teamPage();
    const template = await download(page, '下载模板 Excel');
    expect(template.name).toBe(`${TEAM_SHEET.title}-模板.xlsx`);
    expect(xlsxLoads.some((u) => u.includes('vendor-write-excel-file'))).toBe(true);
    const [sheet] = await workbook(template.bytes);
    const reading = readTeamSheet(TEAM_SHEET, sheet!);
    expect(reading.ok && reading.records[0]!.cells).toEqual(templateHeaders(TEAM_SHEET));

    await fileField(page).setInputFiles(`${FIXTURES}team-rep.xlsx`);
    await page.getByRole('button', { name: '下载结果 Excel' }).waitFor();
    const results = await download(page, '下载结果 Excel');
    expect(results.name).toBe(`${TEAM_SHEET.title}-评分结果.xlsx`);
    const [out, ...more] = await workbook(results.bytes);
    expect(more, 'no calibration, no trail sheet').toEqual([]);
    const header = out!.rows[0]!;
    const li = out!.rows.find((r) => r[1] === '李雷')!;
    const expected = gradeTeam(TEAM_SHEET, REP_CSV).rows.find((r) => r.name === '李雷')!;
    expect(li[header.indexOf('总分')]).toBeCloseTo(expected.result.total!, 10);
    expect(li[header.indexOf('等级')]).toBe(expected.result.grade);
    expect(header).toContain('销售目标达成率完成率');
  });
});

describe('the team at a glance and calibration', () => {
  const rows = [TEAM_ROWS[0]!, NEAR, TEAM_ROWS[1]!];
  const csv = [templateHeaders(TEAM_SHEET).join(','), ...rows].join('\n');
  const team = gradeTeam(TEAM_SHEET, csv);

  async function graded() {
    const { page } = await teamPage();
    await gradeTeamCsv(page, rows);
    await page.locator('.team-glance').waitFor();
    return page;
  }

  it('draws the grades as a labelled image, gives them as a table, and lists who is near the next grade', async () => {
    const page = await graded();
    const d = gradeDistribution(
      TEAM_SHEET,
      team.rows.map((r) => r.result),
    );
    const bars = [...d.counts.map((c) => [c.grade, c.count] as const), ['未评分', d.ungraded]];
    const label = `等级分布:${bars.map(([g, n]) => `${g} ${n} 人`).join(',')}`;
    expect(await page.getByRole('img', { name: label }).count()).toBe(1);
    expect(d.counts.find((c) => c.grade === '合格')!.count).toBe(2);
    for (const [g, n] of bars)
      expect(
        await page
          .locator('.team-grade-table tr', { has: page.locator(`th:text-is("${g}")`) })
          .locator('td')
          .first()
          .textContent(),
      ).toBe(String(n));
    expect(await page.locator('.team-near li').allTextContents()).toEqual([
      '王五:总分 89.20(合格),差 0.80 分到「优秀」',
    ]);
    const sales = indicatorSpreads(
      TEAM_SHEET,
      team.rows.map((r) => r.result),
    )[0]!;
    const row = page.getByRole('row', { name: new RegExp(`^${sales.label}`) });
    expect(await row.textContent()).toContain(formatNumber(sales.points!.mean));
  });

  it('refuses a move without a reason, next to the field, and records one with a reason in both downloads', async () => {
    const page = await graded();
    await page.getByLabel('显示强制分布建议').check();
    // 2 graded at 20/70/10: 王五 (89.20) 优秀, 李雷 (75.80) 合格.
    await page.getByLabel('调整的人').selectOption({ label: '李雷(第 2 行,75.80 分,合格)' });
    await page.getByLabel('调整到').selectOption({ label: '优秀' });
    await page.getByRole('button', { name: '调整', exact: true }).click();
    const reason = page.getByLabel('调整理由(必填)');
    expect(await reason.getAttribute('aria-invalid')).toBe('true');
    const errId = (await reason.getAttribute('aria-describedby'))!.split(' ').at(-1)!;
    expect(await page.locator(`#${errId}`).textContent()).toBe(zhTeam.moveProblems.noReason);
    expect(await page.getByRole('region', { name: '校准记录' }).count()).toBe(0);
    expect(await page.getByRole('row', { name: /李雷/ }).first().textContent()).toContain('合格');

    await reason.fill('大客户续约年度贡献第一');
    await page.getByRole('button', { name: '调整', exact: true }).click();
    await page.getByRole('region', { name: '校准记录' }).waitFor();
    expect(await reason.getAttribute('aria-invalid')).toBeNull();
    expect(await page.locator('.team-move-done').textContent()).toContain(
      '已把李雷从「合格」调整到「优秀」',
    );
    const liRow = page.locator('table.team-table').first().getByRole('row', { name: /李雷/ });
    expect(await liRow.locator('td').last().textContent()).toBe('优秀');

    const csvOut = (await download(page, '下载结果 CSV')).bytes.toString('utf8');
    expect(csvOut).toContain(
      '\r\n\r\n校准记录\r\n序号,姓名,总分,原分布,调整后,理由\r\n1,李雷,75.80,合格,优秀,大客户续约年度贡献第一\r\n',
    );
    expect(csvOut.split('\r\n').find((l) => l.startsWith('2,李雷,'))).toMatch(/,优秀,$/);

    const [results, trail] = await workbook((await download(page, '下载结果 Excel')).bytes);
    expect(trail!.name).toBe('校准记录');
    expect(trail!.rows[1]).toEqual(['1', '李雷', 75.8, '合格', '优秀', '大客户续约年度贡献第一']);
    const header = results!.rows[0]!;
    expect(results!.rows.find((r) => r[1] === '李雷')![header.indexOf('建议分布')]).toBe('优秀');
  });
});
