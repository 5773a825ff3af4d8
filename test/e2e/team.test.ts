import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { templateHeaders } from '../../src/lib/team/index.ts';
import { hydrated, pagesPerTest } from './browser.ts';
import { TEAM_ROWS, TEAM_SHEET, gradeTeamCsv } from './widgets.ts';

const base = inject('baseUrl');
const { open } = pagesPerTest(base);

/** Three people: docs/scoring.md's worked example, a formula for a name (all excellent), and a typo. */
const ROWS = [TEAM_ROWS[0]!, '=HYPERLINK(1),100,110,90,10,11,98,3,15,0', TEAM_ROWS[1]!];

const bodyNames = (page: Page) => page.locator('table.team-table tbody tr th').allTextContents();
const download = async (page: Page, button: string) => {
  const [dl] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
  return { name: dl.suggestedFilename(), bytes: await readFile((await dl.path())!) };
};

/** /tools/team/ ready to use, before anything is entered. */
async function teamPage() {
  const page = await open({ acceptDownloads: true });
  await page.goto(`${base}/tools/team/`);
  await hydrated(page);
  return page;
}

/** /tools/team/ with the three people of ROWS pasted and graded. */
async function gradedTeam() {
  const page = await teamPage();
  await gradeTeamCsv(page, ROWS);
  await expect
    .poll(() => page.getByRole('status').textContent())
    .toBe('共 3 人,已评分 2 人,1 处错误');
  return page;
}

describe('a manager grading a team of 客户代表 from a CSV', () => {
  it('picks the sheet by its label, pastes a CSV and grades it', async () => {
    const page = await gradedTeam();
    expect(await page.locator('table.team-table tbody tr').count()).toBe(3);
  });

  it('shows 75.80 and 合格 for the worked example, and keeps the row with an error listed', async () => {
    const page = await gradedTeam();
    const li = page.getByRole('row', { name: /李雷/ });
    expect(await li.textContent()).toContain('75.80');
    expect(await li.locator('.level').textContent()).toBe('合格');
    expect(await li.locator('.level').getAttribute('class')).toContain('level-合格');
    expect(await li.textContent()).toContain('82.50');
    expect(await page.getByRole('row', { name: /韩梅梅/ }).textContent()).toContain('有错误');
  });

  it('names the bad row, column and reason below the table', async () => {
    const page = await gradedTeam();
    const items = await page.locator('.team-errors li').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^第 4 行,「客户满意度\(%\)」:这不是一个数字。.*\(输入的值:abc\)$/);
  });

  it('sorts by 总分 from the header button, people without a total last', async () => {
    const page = await gradedTeam();
    const th = page.getByRole('columnheader', { name: '总分' });
    expect(await th.getAttribute('aria-sort')).toBe('none');
    expect(await bodyNames(page)).toEqual(['李雷', '=HYPERLINK(1)', '韩梅梅']);
    await page.getByRole('button', { name: '总分' }).click();
    expect(await th.getAttribute('aria-sort')).toBe('descending');
    expect(await bodyNames(page)).toEqual(['=HYPERLINK(1)', '李雷', '韩梅梅']);
    await page.getByRole('button', { name: '总分' }).click();
    expect(await th.getAttribute('aria-sort')).toBe('ascending');
    expect(await bodyNames(page)).toEqual(['李雷', '=HYPERLINK(1)', '韩梅梅']);
  });

  it('downloads the results as a CSV with a BOM and a formula name made harmless', async () => {
    const page = await gradedTeam();
    const { name, bytes } = await download(page, '下载结果 CSV');
    expect(name).toBe('客户代表示例考核表(年度)-评分结果.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    const lines = text.split('\r\n');
    expect(lines[0]).toMatch(/^行号,姓名,销售目标达成率得分,.*,总分,等级,说明$/);
    expect(text).toContain(",'=HYPERLINK(1),");
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(lines.find((l) => l.includes('李雷'))).toMatch(/,75\.80,合格,$/);
  });

  it('says so beside the button when the CSV code cannot be fetched, and keeps the results', async () => {
    // The CSV writer loads on the first download: here the network refuses it.
    const page = await open({ acceptDownloads: true }, (url) => /\/team-csv\./.test(url));
    await page.route(/\/_astro\/team-csv\.[^/]+\.js$/, (route) => route.abort());
    await page.goto(`${base}/tools/team/`);
    await hydrated(page);
    await gradeTeamCsv(page, ROWS);
    const said = '无法加载生成 CSV 文件的程序,请检查网络后重试。';
    await page.getByRole('button', { name: '下载结果 CSV' }).click();
    await expect.poll(() => page.locator('.team-save + [role="alert"]').textContent()).toBe(said);
    await page.getByRole('button', { name: '下载模板 CSV' }).click();
    await expect.poll(() => page.locator('.team-pick + [role="alert"]').textContent()).toBe(said);
    expect(await page.getByRole('alert').count(), 'one message, where it was asked for').toBe(1);
    expect(await page.locator('table.team-table tbody tr').count()).toBe(3);
    expect(await page.getByLabel('粘贴 CSV 内容').inputValue()).toContain('李雷');
  });

  it('downloads a template CSV for the sheet', async () => {
    const page = await teamPage();
    await page.getByLabel('选择考核表').selectOption({ label: TEAM_SHEET.title });
    const { name, bytes } = await download(page, '下载模板 CSV');
    expect(name).toBe('客户代表示例考核表(年度)-模板.csv');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8').slice(1).split('\r\n')[0]).toBe(
      templateHeaders(TEAM_SHEET).join(','),
    );
  });

  it('shows an advisory forced distribution in its own column, with the small-group warning', async () => {
    const page = await gradedTeam();
    await page.getByLabel('显示强制分布建议').check();
    expect(await page.getByRole('columnheader', { name: '建议分布' }).count()).toBe(1);
    expect(await page.getByText('人数少于 25 人,强制分布仅供参考').count()).toBe(1);
    // 2 graded people at 20/70/10: 0.4, 1.4, 0.2; the one left over goes to the better of the equal remainders.
    expect(await page.locator('.team-dist-out').textContent()).toContain(
      '优秀 1 人,合格 1 人,待改进 0 人',
    );
    expect(await page.getByRole('row', { name: /李雷/ }).locator('.level').textContent()).toBe(
      '合格',
    );
    await page.getByLabel('优秀(%)').fill('30');
    expect(await page.locator('.team-shares .field-error').textContent()).toContain(
      '现在是 110.00%',
    );
    expect(await page.getByRole('columnheader', { name: '建议分布' }).count()).toBe(0);
  });

  it("offers to rescale a sheet whose weights total 70, with the engine's message", async () => {
    const page = await teamPage();
    await page.getByLabel('选择考核表').selectOption({ label: '客户专员月度考核表(一)' });
    expect(await page.locator('.team-weights').textContent()).toContain('权重合计 70%,还差 30%');
    await page
      .getByLabel('粘贴 CSV 内容')
      .fill(
        '姓名,拜访目标指标计划(组),拜访目标指标实际(组),拓展指标计划(组),拓展指标实际(组),日常工作指标(分)\n甲,50,50,10,10,90',
      );
    await page.getByRole('button', { name: '评分', exact: true }).click();
    expect(await page.getByRole('row', { name: /甲/ }).textContent()).toContain('权重有误');
    await page.getByLabel('按比例折算为100%').check();
    await expect.poll(() => page.getByRole('row', { name: /甲/ }).textContent()).toContain('98.57');
  });
});
