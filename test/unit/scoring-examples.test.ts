import { describe, expect, it } from 'vitest';
import { gradeScorecard, round2, type ScorecardInputs } from '../../src/lib/scoring/index.ts';
import { loadScorecard } from '../support/scorecards.ts';

// The worked examples of scoring.md, against the real sheets in content/scorecards.
const rep = loadScorecard('customer-representative-annual');
const director = loadScorecard('business-director-annual');
const sheet1 = loadScorecard('account-specialist-monthly-a');
const sheet2 = loadScorecard('account-specialist-monthly-b');
const sheet3 = loadScorecard('account-specialist-monthly-c');

type Row = Record<string, { plan?: string | number; actual?: string | number; value?: string | number }>;
const one = (card: typeof rep, id: string, input: Row[string]) =>
  gradeScorecard(card, { indicators: { [id]: input } }).indicators.find((r) => r.id === id)!;

describe('single indicators of the 客户代表 sheet', () => {
  it.each([
    ['sales', { plan: 1000, actual: 900 }, 90, '合格', 60],
    ['sales', { plan: 1000, actual: 899.9 }, 89.99, '不合格', 59.98],
    ['sales', { plan: 1.1, actual: 0.99 }, 90, '合格', 60],
    ['sales', { plan: 1.1, actual: 1.21 }, 110, '优秀', 90],
    ['sales', { plan: 100, actual: 150 }, 150, '优秀', 100],
    ['sales', { plan: 100, actual: 55 }, 55, '不合格', 0],
    ['satisfaction', { value: '79.99' }, 79.99, '不合格', 59.98],
    ['satisfaction', { value: '80%' }, 80, '合格', 60],
    ['satisfaction', { value: 90 }, 90, '优秀', 90],
    ['churn', { value: 5 }, 5, '合格', 60],
    ['churn', { value: 5.01 }, 5.01, '不合格', 59.88],
    ['churn', { value: 0 }, 0, '优秀', 100],
    ['churn', { value: 12 }, 12, '不合格', 0],
    ['cross-selling', { value: 10 }, 10, '合格', 60],
    ['cross-selling', { value: 9.99 }, 9.99, '不合格', 59.88],
    ['retention', { value: 95 }, 95, '合格', 60],
    ['retention', { value: 97 }, 97, '合格', 80],
  ] as const)('%s %j → x %s, %s, %s points', (id, input, x, level, points) => {
    const r = one(rep, id, input);
    expect(r.x).toBe(x);
    expect(r.level).toBe(level);
    expect(round2(r.points!)).toBe(points);
  });

  it.each([
    [3, 0],
    [4, 2],
    [9, 10],
    [12, 10],
  ])('late reports %s → deduction %s', (count, deduction) => {
    const r = gradeScorecard(rep, { indicators: {}, deductions: { 'late-reports': count } });
    expect(r.deductions[0]!.deduction).toBe(deduction);
  });
});

describe('single indicators of the 商务总监 sheet', () => {
  it.each([
    ['team-appraisal', { value: 69.99 }, '不合格', 59.98],
    ['team-appraisal', { value: 70 }, '合格', 60],
    ['team-appraisal', { value: 85 }, '优秀', 90],
    ['sales', { plan: 1000, actual: 1100 }, '优秀', 90],
    ['sales', { plan: 1000, actual: 1000 }, '合格', 75],
  ] as const)('%s %j → %s, %s points', (id, input, level, points) => {
    const r = one(director, id, input);
    expect(r.level).toBe(level);
    expect(round2(r.points!)).toBe(points);
  });
});

const repSheet = (o: Partial<Record<string, Row[string]>>, late: string | number): ScorecardInputs => ({
  indicators: {
    sales: { plan: 100, actual: 90 },
    satisfaction: { value: 80 },
    'new-customers': { plan: 10, actual: 9 },
    retention: { value: 95 },
    churn: { value: 5 },
    'cross-selling': { value: 10 },
    ...(o as Row),
  },
  deductions: { 'late-reports': late },
});

describe('whole sheets', () => {
  it('grades the 客户代表 sheet at every pass line at 60.00 (合格)', () => {
    const r = gradeScorecard(rep, repSheet({}, 3));
    expect([r.status, r.total, r.grade]).toEqual(['ok', 60, '合格']);
  });

  it('grades the 客户代表 sheet at every excellent line at 90.00 (优秀)', () => {
    const r = gradeScorecard(
      rep,
      repSheet({ sales: { plan: 100, actual: 110 }, satisfaction: { value: 90 }, 'new-customers': { plan: 10, actual: 11 }, retention: { value: 98 }, churn: { value: 3 }, 'cross-selling': { value: 15 } }, 0),
    );
    expect([r.status, r.total, r.grade]).toEqual(['ok', 90, '优秀']);
  });

  const mixed = { sales: { plan: 1000, actual: 1050 }, satisfaction: { value: 86 }, 'new-customers': { plan: 10, actual: 12 }, retention: { value: 96 }, churn: { value: 4 }, 'cross-selling': { value: 12 } };
  it('grades a mixed 客户代表 sheet at 75.80 (合格), step by step', () => {
    const r = gradeScorecard(rep, repSheet(mixed, 5));
    expect(r.indicators.map((i) => round2(i.points!))).toEqual([82.5, 78, 95, 70, 75, 72]);
    expect(round2(r.indicators.reduce((s, i) => s + i.weighted!, 0))).toBe(79.8);
    expect(r.deductions[0]!.deduction).toBe(4);
    expect([r.total, r.grade]).toEqual([75.8, '合格']);
    expect(r.indicators[0]!.steps[0]).toBe('完成率 = 1,050 ÷ 1,000 × 100% = 105.00%');
    expect(r.steps.at(-1)).toContain('合格');
  });

  it('gives the same 75.80 when typed with full-width digits, commas and percent signs', () => {
    const r = gradeScorecard(
      rep,
      repSheet(
        { ...mixed, sales: { plan: '１，０００', actual: '1,050' }, satisfaction: { value: '８６％' }, retention: { value: '96%' }, churn: { value: '4' }, 'cross-selling': { value: ' 12 ' } },
        5,
      ),
    );
    expect([r.total, r.grade]).toEqual([75.8, '合格']);
  });

  it('drops to 50.00 (不合格) with 8 late reports', () => {
    const r = gradeScorecard(rep, repSheet({}, 8));
    expect(r.deductions[0]!.deduction).toBe(10);
    expect([r.total, r.grade]).toEqual([50, '不合格']);
  });

  it.each([
    ['grades the 客户专员 sheet (1) at 94.75 (B)', { visits: [100, 90], expansion: [20, 25], deals: [10, 8] }, 85, 94.75, 'B', '合格'],
    ['floors a visit rate below 60% to 0: 60.00 (C)', { visits: [100, 59], expansion: [20, 20], deals: [10, 10] }, 100, 60, 'C', '不合格'],
    ['does not floor exactly 60.00%: 84.00 (C)', { visits: [1.1, 0.66], expansion: [10, 10], deals: [10, 10] }, 100, 84, 'C', '不合格'],
    ['caps rates at 120%: 117.00 (S)', { visits: [100, 150], expansion: [100, 130], deals: [100, 200] }, 100, 117, 'S', '优秀'],
  ] as const)('%s', (_name, ratios, daily, total, grade, level) => {
    const indicators: Row = { daily: { value: daily } };
    for (const [id, [plan, actual]] of Object.entries(ratios)) indicators[id] = { plan, actual };
    const r = gradeScorecard(sheet1, { indicators });
    expect([r.status, r.total, r.grade, r.level]).toEqual(['ok', total, grade, level]);
  });

  it('grades the 客户专员 sheet (2) at 86.30 (合格)', () => {
    const r = gradeScorecard(sheet2, { indicators: { business: { value: 88 }, service: { value: 90 }, front: { value: 80 }, back: { value: 70 }, conduct: { value: 95 } } });
    expect([r.total, r.grade]).toEqual([86.3, '合格']);
  });

  const s3 = { indicators: { visits: { plan: 50, actual: 50 }, expansion: { plan: 10, actual: 10 }, daily: { value: 90 } } };
  it('refuses the 客户专员 sheet (3) as the source has it: weights total 70, 30 missing', () => {
    const r = gradeScorecard(sheet3, s3);
    expect(r.status).toBe('invalid-weights');
    expect([r.weights.sum, r.weights.missing, r.total]).toEqual([70, 30, undefined]);
  });

  it('grades sheet (3) at 98.57 when asked to rescale the weights to 100', () => {
    const r = gradeScorecard(sheet3, s3, { normalizeWeights: true });
    expect([r.status, r.total, r.weights.normalized]).toEqual(['ok', 98.57, true]);
  });
});

describe('bad input', () => {
  it('plan 0 is invalid (plan-not-positive) and there is no total', () => {
    const r = gradeScorecard(rep, repSheet({ sales: { plan: 0, actual: 10 } }, 0));
    expect(r.status).toBe('invalid');
    expect(r.indicators[0]!.fieldErrors.plan).toBe('plan-not-positive');
    expect(r.total).toBeUndefined();
  });

  it('an empty actual leaves the sheet incomplete while other rows are scored', () => {
    const r = gradeScorecard(rep, repSheet({ sales: { plan: 100, actual: '' } }, 0));
    expect(r.status).toBe('incomplete');
    expect(r.indicators[0]!.status).toBe('empty');
    expect(r.indicators[1]!.points).toBe(60);
    expect(r.total).toBeUndefined();
  });

  it('"abc" is not-a-number', () => {
    const r = gradeScorecard(rep, repSheet({ satisfaction: { value: 'abc' } }, 0));
    expect(r.indicators[1]!.fieldErrors.value).toBe('not-a-number');
    expect(r.status).toBe('invalid');
  });

  it('weights totalling 1 hint that they were typed as fractions', () => {
    const weights = { sales: 0.4, satisfaction: 0.2, 'new-customers': 0.1, retention: 0.1, churn: 0.1, 'cross-selling': 0.1 };
    const r = gradeScorecard(rep, { ...repSheet({}, 0), weights });
    expect([r.status, r.weights.hint]).toEqual(['invalid-weights', 'looks-like-fractions']);
  });

  it('all weights 0 stay invalid even when asked to rescale', () => {
    const weights = Object.fromEntries(rep.indicators.map((i) => [i.id, 0]));
    expect(gradeScorecard(rep, { ...repSheet({}, 0), weights }, { normalizeWeights: true }).status).toBe('invalid-weights');
  });
});
