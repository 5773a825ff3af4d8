// Filling the widgets the way a manager does, shared by the browser tests.
import type { Page } from 'playwright-core';
import { templateHeaders } from '../../src/lib/team/index.ts';
import { loadScorecard } from '../support/scorecards.ts';

/** docs/scoring.md's mixed 客户代表 example, typed the way people type (full-width digits, %, spaces). */
export async function fillWorkedExample(page: Page) {
  const fill = (label: string, value: string) => page.getByLabel(label).first().fill(value);
  await fill('销售目标达成率 计划', '１，０００');
  await fill('销售目标达成率 实际', '1,050');
  await fill('客户满意度 数值', '８６％');
  await fill('新客户数 计划', '10');
  await fill('新客户数 实际', '12');
  await fill('客户保留率 数值', '96%');
  await fill('客户流失率 数值', '4');
  await fill('交叉销售成功率 数值', ' 12 ');
  await fill('市场分析报告逾期次数(次)', '5');
}

/** The same example on an English page, where each indicator is named by its KPI's English name. */
export async function fillWorkedExampleEn(page: Page) {
  const fill = (label: string, value: string) => page.getByLabel(label).first().fill(value);
  await fill('Sales target attainment rate Plan', '１，０００');
  await fill('Sales target attainment rate Actual', '1,050');
  await fill('Customer satisfaction Value', '８６％');
  await fill('New customers Plan', '10');
  await fill('New customers Actual', '12');
  await fill('Customer retention rate Value', '96%');
  await fill('Customer churn rate Value', '4');
  await fill('Cross-selling and upselling success rate Value', ' 12 ');
  // The deduction has no English name: its Chinese label, marked as Chinese.
  await fill('市场分析报告逾期次数 (times)', '5');
}

export const TEAM_SHEET = loadScorecard('customer-representative-annual');
/** Two people on the 客户代表 sheet: docs/scoring.md's worked example, and a typo (abc). */
export const TEAM_ROWS = [
  '李雷,1000,"1,050",86,10,12,96,4,12,5',
  '韩梅梅,1000,1000,abc,10,10,95,5,10,3',
];

/** On /tools/team/: picks the 客户代表 sheet, pastes the rows under the template's header and grades them. */
export async function gradeTeamCsv(page: Page, rows: readonly string[] = TEAM_ROWS) {
  await page.getByLabel('选择考核表').selectOption({ label: TEAM_SHEET.title });
  await page
    .getByLabel('粘贴 CSV 内容')
    .fill([templateHeaders(TEAM_SHEET).join(','), ...rows].join('\n'));
  await page.getByRole('button', { name: '评分', exact: true }).click();
}

/** The same on /en/tools/team/: the sheet by its English title; the rows keep the template's Chinese headers. */
export async function gradeTeamCsvEn(page: Page, rows: readonly string[] = TEAM_ROWS) {
  await page
    .getByLabel('Appraisal sheet', { exact: true })
    .selectOption({ label: TEAM_SHEET.titleEn! });
  await page
    .getByLabel('Paste the CSV')
    .fill([templateHeaders(TEAM_SHEET).join(','), ...rows].join('\n'));
  await page.getByRole('button', { name: 'Grade', exact: true }).click();
}
