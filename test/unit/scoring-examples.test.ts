// Every worked example of docs/scoring.md for one indicator at a time, graded by the
// real engine against the real sheets in content/scorecards (parsed by the schema the
// site uses), so the content and the engine are tested together. Whole sheets are in
// scoring-sheets.test.ts.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/explain/index.ts';
import { gradeScorecard, round2 } from '../../src/lib/scoring/index.ts';
import { stepText } from '../support/words.ts';
import type { Scorecard } from '../../src/schemas/scorecard.ts';
import { cards, director, only, rep, type Row } from '../support/scoring-fixtures.ts';

it('has the five sheets of docs/scoring.md', () => {
  expect(Object.keys(cards).sort()).toEqual([
    'account-specialist-monthly-a',
    'account-specialist-monthly-b',
    'account-specialist-monthly-c',
    'business-director-annual',
    'customer-representative-annual',
  ]);
});

describe('one indicator at a time', () => {
  it.each<[string, Scorecard, string, Row, number, string, number]>([
    ['客户代表 sales 900 of 1,000', rep, 'sales', { plan: 1000, actual: 900 }, 90, '合格', 60],
    [
      '客户代表 sales 899.9 of 1,000',
      rep,
      'sales',
      { plan: 1000, actual: 899.9 },
      89.99,
      '不合格',
      59.98,
    ],
    [
      '客户代表 sales 0.99 of 1.1 (rounded x, not 89.999…)',
      rep,
      'sales',
      { plan: 1.1, actual: 0.99 },
      90,
      '合格',
      60,
    ],
    ['客户代表 sales 1.21 of 1.1', rep, 'sales', { plan: 1.1, actual: 1.21 }, 110, '优秀', 90],
    [
      '客户代表 sales 150 of 100 (flat above the last anchor)',
      rep,
      'sales',
      { plan: 100, actual: 150 },
      150,
      '优秀',
      100,
    ],
    [
      '客户代表 sales 55 of 100 (flat below the first anchor)',
      rep,
      'sales',
      { plan: 100, actual: 55 },
      55,
      '不合格',
      0,
    ],
    ['客户代表 满意度 "79.99"', rep, 'satisfaction', { value: '79.99' }, 79.99, '不合格', 59.98],
    ['客户代表 满意度 "80%"', rep, 'satisfaction', { value: '80%' }, 80, '合格', 60],
    ['客户代表 满意度 90', rep, 'satisfaction', { value: 90 }, 90, '优秀', 90],
    ['客户代表 流失率 5 (lower is better)', rep, 'churn', { value: 5 }, 5, '合格', 60],
    ['客户代表 流失率 5.01', rep, 'churn', { value: 5.01 }, 5.01, '不合格', 59.88],
    ['客户代表 流失率 0', rep, 'churn', { value: 0 }, 0, '优秀', 100],
    ['客户代表 流失率 12', rep, 'churn', { value: 12 }, 12, '不合格', 0],
    ['客户代表 交叉销售 10', rep, 'cross-selling', { value: 10 }, 10, '合格', 60],
    ['客户代表 交叉销售 9.99', rep, 'cross-selling', { value: 9.99 }, 9.99, '不合格', 59.88],
    ['客户代表 保留率 95', rep, 'retention', { value: 95 }, 95, '合格', 60],
    ['客户代表 保留率 97', rep, 'retention', { value: 97 }, 97, '合格', 80],
    [
      '商务总监 团队评估 69.99',
      director,
      'team-appraisal',
      { value: 69.99 },
      69.99,
      '不合格',
      59.98,
    ],
    ['商务总监 团队评估 70', director, 'team-appraisal', { value: 70 }, 70, '合格', 60],
    ['商务总监 团队评估 85', director, 'team-appraisal', { value: 85 }, 85, '优秀', 90],
    [
      '商务总监 sales 1,100 of 1,000',
      director,
      'sales',
      { plan: 1000, actual: 1100 },
      110,
      '优秀',
      90,
    ],
    [
      '商务总监 sales 1,000 of 1,000',
      director,
      'sales',
      { plan: 1000, actual: 1000 },
      100,
      '合格',
      75,
    ],
  ])('grades %s: x %s, %s, %s points', (_name, c, id, row, x, level, points) => {
    const r = only(c, id, row);
    expect(r.status).toBe('ok');
    expect(r.x).toBe(x);
    expect(r.level).toBe(level);
    expect(round2(r.points!)).toBe(points);
  });

  it.each([
    [3, 0, '市场分析报告逾期次数 3 次,未超过 3 次,不扣分'],
    [4, 2, '市场分析报告逾期次数 4 次,超出 3 次的 1 次 × 2 分 = 2.00 分'],
    [
      9,
      10,
      '市场分析报告逾期次数 9 次,超出 3 次的 6 次 × 2 分 = 12.00 分,最多扣 10 分,扣 10.00 分',
    ],
    [
      12,
      10,
      '市场分析报告逾期次数 12 次,超出 3 次的 9 次 × 2 分 = 18.00 分,最多扣 10 分,扣 10.00 分',
    ],
  ])('deducts for %s late reports: %s points', (count, deduction, step) => {
    const r = gradeScorecard(rep, { indicators: {}, deductions: { 'late-reports': count } });
    expect(r.deductions[0]).toMatchObject({ status: 'ok', count, deduction });
    expect(explain(rep, r).deductions[0]!.map(stepText)).toEqual([step]);
  });
});
