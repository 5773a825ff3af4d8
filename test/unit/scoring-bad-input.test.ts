// docs/scoring.md's bad-input rules: what the engine refuses, with which error code,
// and that a refused row never yields a total.
import { describe, expect, it } from 'vitest';
import {
  gradeScorecard,
  type GradeOptions,
  type ScorecardInputs,
} from '../../src/lib/scoring/index.ts';
import { errorMessage } from '../support/words.ts';
import { PASS, only, ratios, rep, sheet3, type Row } from '../support/scoring-fixtures.ts';

describe('bad input', () => {
  it('refuses a plan of 0 (plan-not-positive) and gives no total', () => {
    const r = gradeScorecard(rep, {
      indicators: { ...PASS, sales: { plan: 0, actual: 10 } },
      deductions: { 'late-reports': 0 },
    });
    expect(r.status).toBe('invalid');
    expect(r.indicators[0]).toMatchObject({
      status: 'invalid',
      error: 'plan-not-positive',
      fieldErrors: { plan: 'plan-not-positive' },
    });
    expect(r.indicators[0]!.x).toBeUndefined();
    expect(r.total).toBeUndefined();
  });

  it('leaves the sheet incomplete when an actual is empty, and still scores the other rows', () => {
    const r = gradeScorecard(rep, {
      indicators: { ...PASS, sales: { plan: 100, actual: '' } },
      deductions: { 'late-reports': 0 },
    });
    expect(r.status).toBe('incomplete');
    expect(r.indicators[0]).toMatchObject({
      status: 'empty',
      error: 'empty',
      fieldErrors: { actual: 'empty' },
    });
    expect(r.indicators.slice(1).map((i) => [i.status, i.points, i.level])).toEqual(
      Array(5).fill(['ok', 60, '合格']),
    );
    expect(r.total).toBeUndefined();
  });

  it('refuses "abc" as not-a-number', () => {
    const r = gradeScorecard(rep, {
      indicators: { ...PASS, satisfaction: { value: 'abc' } },
      deductions: { 'late-reports': 0 },
    });
    expect(r.status).toBe('invalid');
    expect(r.indicators[1]).toMatchObject({
      status: 'invalid',
      error: 'not-a-number',
      fieldErrors: { value: 'not-a-number' },
    });
  });

  it.each<
    [
      string,
      ScorecardInputs,
      GradeOptions,
      Partial<Record<'status' | 'hint' | 'sum' | 'missing', unknown>>,
    ]
  >([
    [
      'weights typed as fractions (sum 1) hint looks-like-fractions and are not converted',
      {
        indicators: PASS,
        weights: {
          sales: 0.4,
          satisfaction: 0.2,
          'new-customers': 0.1,
          retention: 0.1,
          churn: 0.1,
          'cross-selling': 0.1,
        },
      },
      {},
      { status: 'invalid-weights', hint: 'looks-like-fractions', sum: 1, missing: 99 },
    ],
    [
      'all weights 0 stay invalid even when asked to rescale',
      {
        indicators: PASS,
        weights: {
          sales: 0,
          satisfaction: 0,
          'new-customers': 0,
          retention: 0,
          churn: 0,
          'cross-selling': 0,
        },
      },
      { normalizeWeights: true },
      { status: 'invalid-weights', sum: 0 },
    ],
    [
      'weights over 100 say how much too much',
      { indicators: PASS, weights: { sales: '60%' } },
      {},
      { status: 'invalid-weights', sum: 120, missing: -20 },
    ],
    [
      'invalid weights outrank invalid rows',
      { indicators: { ...PASS, sales: { plan: 0, actual: 1 } }, weights: { sales: 'abc' } },
      {},
      { status: 'invalid-weights' },
    ],
  ])('%s', (_name, inputs, options, expected) => {
    const r = gradeScorecard(rep, { deductions: { 'late-reports': 0 }, ...inputs }, options);
    expect({
      status: r.status,
      hint: r.weights.hint,
      sum: r.weights.sum,
      missing: r.weights.missing,
    }).toMatchObject(expected);
    expect(r.total).toBeUndefined();
  });

  it('shows a weight-0 row and adds nothing for it', () => {
    const r = gradeScorecard(sheet3, {
      indicators: ratios({ visits: [50, 50], expansion: [10, 10] }, { daily: 90 }),
      weights: { visits: 60, expansion: 40, daily: 0 },
    });
    expect(r.status).toBe('ok');
    expect(r.indicators[2]).toMatchObject({ status: 'ok', points: 90, weighted: 0, weight: 0 });
    expect(r.total).toBe(100);
  });

  it('warns on a negative net sales actual where the sheet allows it, and refuses it where it does not', () => {
    const r = gradeScorecard(rep, {
      indicators: {
        ...PASS,
        sales: { plan: 100, actual: '-5' },
        'new-customers': { plan: 10, actual: -1 },
      },
      deductions: { 'late-reports': 0 },
    });
    expect(r.indicators[0]).toMatchObject({
      status: 'ok',
      x: -5,
      points: 0,
      warnings: ['negative-actual'],
    });
    expect(r.indicators[2]).toMatchObject({ status: 'invalid', error: 'negative' });
  });

  it.each<[string, string, Row, string]>([
    ['a percent above 100', 'satisfaction', { value: '100.5' }, 'out-of-range'],
    ['a negative score', 'retention', { value: -1 }, 'out-of-range'],
    ['a plan below 0', 'sales', { plan: '-100', actual: 5 }, 'plan-not-positive'],
    ['a huge actual', 'sales', { plan: 1, actual: '2000000000000' }, 'too-large'],
    [
      'a rate beyond a trillion percent',
      'sales',
      { plan: '0.000001', actual: '999999999999' },
      'rate-too-large',
    ],
    ['a unit typed after the number', 'sales', { plan: '5万', actual: 1 }, 'not-a-number'],
  ])('refuses %s', (_name, id, row, error) => {
    expect(only(rep, id, row)).toMatchObject({ status: 'invalid', error });
  });

  it('reports a completion rate too large to compute as such, beside the plan, naming both inputs', () => {
    const r = only(rep, 'sales', { plan: '0.01', actual: '1000000000000' });
    expect(r).toMatchObject({
      status: 'invalid',
      error: 'rate-too-large',
      fieldErrors: { plan: 'rate-too-large' },
    });
    expect(r.fieldErrors.actual).toBeUndefined();
    const message = errorMessage('rate-too-large');
    expect(message).toMatch(/^完成率太大,无法计算/);
    expect(message).toContain('计划值');
    expect(message).toContain('实际值');
    expect(message).not.toContain('数字太大');
    // Within range, the same two inputs grade: the limit is on the rate, not on either input.
    expect(only(rep, 'sales', { plan: '100', actual: '1000000000000' })).toMatchObject({
      status: 'ok',
      x: 1e12,
    });
  });

  it.each([
    ['1.5', 'not-integer'],
    ['-1', 'out-of-range'],
    ['13', 'out-of-range'],
    ['three', 'not-a-number'],
    ['', 'empty'],
  ])('refuses a late-report count of %j (%s)', (raw, error) => {
    const r = gradeScorecard(rep, { indicators: PASS, deductions: { 'late-reports': raw } });
    expect(r.deductions[0]).toMatchObject({
      status: error === 'empty' ? 'empty' : 'invalid',
      error,
    });
    expect(r.status).toBe(error === 'empty' ? 'incomplete' : 'invalid');
  });
});
