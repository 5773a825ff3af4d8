// docs/scoring.md's worked examples of whole sheets: totals, grades and the steps
// shown, graded by the real engine against the real sheets in content/scorecards.
import { describe, expect, it } from 'vitest';
import { explain } from '../../src/lib/explain/index.ts';
import {
  gradeScorecard,
  round2,
  type GradeOptions,
  type ScorecardInputs,
} from '../../src/lib/scoring/index.ts';
import type { Scorecard } from '../../src/schemas/scorecard.ts';
import {
  EXCELLENT,
  MIXED,
  MIXED_AS_TYPED,
  PASS,
  ratios,
  rep,
  sheet1,
  sheet2,
  sheet3,
} from '../support/scoring-fixtures.ts';
import { stepText } from '../support/words.ts';

interface Sheet {
  name: string;
  card: Scorecard;
  inputs: ScorecardInputs;
  options?: GradeOptions;
  expected: {
    status: string;
    total?: number;
    grade?: string;
    level?: string;
    normalized?: boolean;
    points?: number[];
    deduction?: number;
  };
}

describe('whole sheets', () => {
  it.each<Sheet>([
    {
      name: 'grades the 客户代表 sheet at every pass line at 60.00 (合格)',
      card: rep,
      inputs: { indicators: PASS, deductions: { 'late-reports': 3 } },
      expected: {
        status: 'ok',
        total: 60,
        grade: '合格',
        level: '合格',
        points: [60, 60, 60, 60, 60, 60],
        deduction: 0,
      },
    },
    {
      name: 'grades the 客户代表 sheet at every excellent line at 90.00 (优秀)',
      card: rep,
      inputs: { indicators: EXCELLENT, deductions: { 'late-reports': 0 } },
      expected: {
        status: 'ok',
        total: 90,
        grade: '优秀',
        level: '优秀',
        points: [90, 90, 90, 90, 90, 90],
        deduction: 0,
      },
    },
    {
      name: 'grades the mixed 客户代表 sheet at 75.80 (合格): weighted 79.80 less 4 for 5 late reports',
      card: rep,
      inputs: { indicators: MIXED, deductions: { 'late-reports': 5 } },
      expected: {
        status: 'ok',
        total: 75.8,
        grade: '合格',
        points: [82.5, 78, 95, 70, 75, 72],
        deduction: 4,
      },
    },
    {
      name: 'grades the mixed 客户代表 sheet typed as “１，０００”, “1,050”, “８６％”, “96%”, “4”, “ 12 ” at the same 75.80',
      card: rep,
      inputs: { indicators: MIXED_AS_TYPED, deductions: { 'late-reports': '５' } },
      expected: {
        status: 'ok',
        total: 75.8,
        grade: '合格',
        points: [82.5, 78, 95, 70, 75, 72],
        deduction: 4,
      },
    },
    {
      name: 'drops the pass-line 客户代表 sheet to 50.00 (不合格) with 8 late reports (deduction capped at 10)',
      card: rep,
      inputs: { indicators: PASS, deductions: { 'late-reports': 8 } },
      expected: { status: 'ok', total: 50, grade: '不合格', level: '不合格', deduction: 10 },
    },
    {
      name: 'grades the 客户专员 sheet (1) at 94.75 (B): 36 + 30 + 16 + 12.75',
      card: sheet1,
      inputs: {
        indicators: ratios(
          { visits: [100, 90], expansion: [20, 25], deals: [10, 8] },
          { daily: 85 },
        ),
      },
      expected: {
        status: 'ok',
        total: 94.75,
        grade: 'B',
        level: '合格',
        points: [90, 120, 80, 85],
      },
    },
    {
      name: 'floors a 客户专员 visit rate of 59% to 0 points: 60.00 (C)',
      card: sheet1,
      inputs: {
        indicators: ratios(
          { visits: [100, 59], expansion: [20, 20], deals: [10, 10] },
          { daily: 100 },
        ),
      },
      expected: {
        status: 'ok',
        total: 60,
        grade: 'C',
        level: '不合格',
        points: [0, 100, 100, 100],
      },
    },
    {
      name: 'does not floor a 客户专员 visit rate of exactly 60.00% (0.66 of 1.1): 84.00 (C)',
      card: sheet1,
      inputs: {
        indicators: ratios(
          { visits: [1.1, 0.66], expansion: [10, 10], deals: [10, 10] },
          { daily: 100 },
        ),
      },
      expected: {
        status: 'ok',
        total: 84,
        grade: 'C',
        level: '不合格',
        points: [60, 100, 100, 100],
      },
    },
    {
      name: 'caps 客户专员 rates of 150%, 130% and 200% at 120: 117.00 (S)',
      card: sheet1,
      inputs: {
        indicators: ratios(
          { visits: [100, 150], expansion: [100, 130], deals: [100, 200] },
          { daily: 100 },
        ),
      },
      expected: {
        status: 'ok',
        total: 117,
        grade: 'S',
        level: '优秀',
        points: [120, 120, 120, 100],
      },
    },
    {
      name: 'grades the 客户专员 sheet (2) at 86.30 (合格)',
      card: sheet2,
      inputs: {
        indicators: ratios({}, { business: 88, service: 90, front: 80, back: 70, conduct: 95 }),
      },
      expected: { status: 'ok', total: 86.3, grade: '合格', level: '合格' },
    },
    {
      name: 'grades a 客户专员 sheet (2) whose exact total is 89.995 at 90.00 (优秀), from the displayed total',
      card: sheet2,
      inputs: {
        indicators: ratios(
          {},
          { business: 98.52, service: 83.08, front: 91.62, back: 47.73, conduct: 86.4 },
        ),
      },
      expected: { status: 'ok', total: 90, grade: '优秀' },
    },
    {
      name: 'refuses the 客户专员 sheet (3) as the source has it: weights total 70%, 30% missing',
      card: sheet3,
      inputs: { indicators: ratios({ visits: [50, 50], expansion: [10, 10] }, { daily: 90 }) },
      expected: { status: 'invalid-weights', normalized: false },
    },
    {
      name: 'grades the 客户专员 sheet (3) at 98.57 when asked to rescale its weights to 100%',
      card: sheet3,
      inputs: { indicators: ratios({ visits: [50, 50], expansion: [10, 10] }, { daily: 90 }) },
      options: { normalizeWeights: true },
      expected: { status: 'ok', total: 98.57, grade: '优秀', normalized: true },
    },
  ])('$name', ({ card: c, inputs, options, expected }) => {
    const r = gradeScorecard(c, inputs, options);
    expect(r.status).toBe(expected.status);
    expect(r.total).toBe(expected.total);
    expect(r.grade).toBe(expected.grade);
    if (expected.level) expect(r.level).toBe(expected.level);
    if (expected.normalized !== undefined) expect(r.weights.normalized).toBe(expected.normalized);
    if (expected.points)
      expect(r.indicators.map((i) => round2(i.points!))).toEqual(expected.points);
    if (expected.deduction !== undefined)
      expect(r.deductions[0]!.deduction).toBe(expected.deduction);
    if (r.status === 'ok') expect(r.total).toBe(round2(r.totalRaw!));
    else
      expect([r.total, r.totalRaw, r.grade, r.level]).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
  });

  it('shows every step of the mixed 客户代表 sheet in Chinese (计算过程)', () => {
    const r = gradeScorecard(rep, {
      indicators: MIXED_AS_TYPED,
      deductions: { 'late-reports': 5 },
    });
    const w = explain(rep, r);
    expect(w.indicators.map((s) => s.map(stepText))).toEqual([
      [
        '完成率 = 1,050 ÷ 1,000 × 100% = 105.00%',
        '105.00% 介于 90% 与 110% 之间,按线性插值:60 + (105 − 90) ÷ (110 − 90) × 30 = 82.50 分',
        '等级:合格(≥90% 合格,≥110% 优秀)',
        '加权得分 = 82.50 × 40% = 33.00',
      ],
      [
        '客户满意度 = 86.00%',
        '86.00% 介于 80% 与 90% 之间,按线性插值:60 + (86 − 80) ÷ (90 − 80) × 30 = 78.00 分',
        '等级:合格(≥80% 合格,≥90% 优秀)',
        '加权得分 = 78.00 × 20% = 15.60',
      ],
      [
        '完成率 = 12 ÷ 10 × 100% = 120.00%',
        '120.00% 介于 110% 与 130% 之间,按线性插值:90 + (120 − 110) ÷ (130 − 110) × 10 = 95.00 分',
        '等级:优秀(≥90% 合格,≥110% 优秀)',
        '加权得分 = 95.00 × 10% = 9.50',
      ],
      [
        '客户保留率 = 96.00%',
        '96.00% 介于 95% 与 98% 之间,按线性插值:60 + (96 − 95) ÷ (98 − 95) × 30 = 70.00 分',
        '等级:合格(≥95% 合格,≥98% 优秀)',
        '加权得分 = 70.00 × 10% = 7.00',
      ],
      [
        '客户流失率 = 4.00%',
        '4.00% 介于 3% 与 5% 之间,按线性插值:90 − (4 − 3) ÷ (5 − 3) × 30 = 75.00 分',
        '等级:合格(≤5% 合格,≤3% 优秀)',
        '加权得分 = 75.00 × 10% = 7.50',
      ],
      [
        '交叉销售成功率 = 12.00%',
        '12.00% 介于 10% 与 15% 之间,按线性插值:60 + (12 − 10) ÷ (15 − 10) × 30 = 72.00 分',
        '等级:合格(≥10% 合格,≥15% 优秀)',
        '加权得分 = 72.00 × 10% = 7.20',
      ],
    ]);
    expect(w.deductions[0]!.map(stepText)).toEqual([
      '市场分析报告逾期次数 5 次,超出 3 次的 2 次 × 2 分 = 4.00 分',
    ]);
    expect(w.total.map(stepText)).toEqual([
      '加权合计 = 33.00 + 15.60 + 9.50 + 7.00 + 7.50 + 7.20 = 79.80',
      '扣分 = 4.00',
      '总分 = 79.80 − 4.00 = 75.80',
      '等级:合格(总分 75.80 ≥ 60)',
    ]);
  });

  it.each<[string, Scorecard, ScorecardInputs, GradeOptions, string[]]>([
    [
      'explains the floor, the cap and a letter grade on the 客户专员 sheet (1)',
      sheet1,
      {
        indicators: ratios(
          { visits: [100, 59], expansion: [100, 150], deals: [10, 10] },
          { daily: 85 },
        ),
      },
      {},
      [
        '59.00% 低于 60%,按完成比率法得 0.00 分',
        '150.00% 高于 120%,按完成比率法最多得 120.00 分',
        '100.00% 不低于 60%,按完成比率法,得分 = 完成率 = 100.00 分',
        '得分 = 评分 = 85.00 分',
        '等级:C,属不合格(总分 62.75 ≥ 60)',
      ],
    ],
    [
      'explains the rescaled weights of the 客户专员 sheet (3)',
      sheet3,
      { indicators: ratios({ visits: [50, 50], expansion: [10, 10] }, { daily: 90 }) },
      { normalizeWeights: true },
      [
        '权重原合计 70%,已按比例折算为 100%',
        '加权得分 = 100.00 × 42.86% = 42.86',
        '加权合计 = 42.86 + 42.86 + 12.86 = 98.57',
        '总分 = 98.57',
        '等级:优秀(总分 98.57 ≥ 90)',
      ],
    ],
    [
      'says what the weights of the 客户专员 sheet (3) lack',
      sheet3,
      { indicators: {} },
      {},
      ['权重合计 70%,还差 30%;请把权重补足到 100%,或选择按比例折算为 100%。'],
    ],
    [
      'explains a total below the pass line',
      rep,
      { indicators: PASS, deductions: { 'late-reports': 8 } },
      {},
      ['扣分 = 10.00', '总分 = 60.00 − 10.00 = 50.00', '等级:不合格(总分 50.00 < 60)'],
    ],
  ])('%s', (_name, c, inputs, options, steps) => {
    const w = explain(c, gradeScorecard(c, inputs, options), options);
    const all = [...w.indicators.flat(), ...w.total].map(stepText);
    for (const s of steps) expect(all).toContain(s);
  });
});
