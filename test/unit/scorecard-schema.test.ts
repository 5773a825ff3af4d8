import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { plainScorecardSchema, type ScorecardInput } from '../../src/schemas/scorecard.ts';

type IndicatorInput = ScorecardInput['indicators'][number];
const ratio: IndicatorInput = {
  id: 'a',
  label: '甲',
  kind: 'ratio',
  weight: 50,
  scoring: {
    type: 'anchors',
    anchors: [
      [60, 0],
      [90, 60],
      [110, 90],
    ],
  },
  levels: { pass: 90, excellent: 110 },
};
const score: IndicatorInput = {
  id: 'b',
  label: '乙',
  kind: 'score',
  weight: 50,
  scoring: { type: 'identity' },
};
const base: ScorecardInput = {
  title: '测试表',
  role: 'customer-representative',
  period: 'month',
  source: ['004_c84ccdf38090b5c3.txt'],
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  indicators: [ratio, score],
};

/** The schema's complaints as "path: message". */
const issues = (card: unknown) => {
  const r = plainScorecardSchema.safeParse(card);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const { levels: _levels, ...ratioWithoutLevels } = ratio;
/** The base sheet with its ratio indicator scored by these [x, points] anchors. */
const withAnchors = (anchors: [number, number][]): ScorecardInput => ({
  ...base,
  indicators: [{ ...ratio, scoring: { type: 'anchors', anchors } }, score],
});

describe('the scorecard schema', () => {
  it('accepts a good sheet, and the five real ones', () => {
    expect(issues(base)).toEqual([]);
    for (const f of readdirSync('content/scorecards').filter((n) => n.endsWith('.yaml')))
      expect(issues(parse(readFileSync(`content/scorecards/${f}`, 'utf8'))), f).toEqual([]);
  });

  it('accepts weights that do not total 100 (the source’s third sheet totals 70)', () => {
    expect(
      issues({
        ...base,
        indicators: [
          { ...ratio, weight: 30 },
          { ...score, weight: 40 },
        ],
      }),
    ).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    [
      'duplicate indicator ids',
      { ...base, indicators: [ratio, { ...score, id: 'a' }] },
      'indicators.1.id: duplicate indicator id "a"',
    ],
    [
      'a deduction id that repeats an indicator id',
      {
        ...base,
        deductions: [{ id: 'b', label: '逾期', allowance: 3, perUnit: 2, max: 10, maxCount: 12 }],
      },
      'deductions.0.id: duplicate id "b"',
    ],
    [
      'anchors not strictly increasing in x',
      withAnchors([
        [60, 0],
        [60, 60],
      ]),
      'indicators.0.scoring.anchors.1: anchors must be strictly increasing in x (60 then 60)',
    ],
    [
      'anchors whose x goes back',
      withAnchors([
        [60, 0],
        [110, 90],
        [90, 60],
      ]),
      'indicators.0.scoring.anchors.2: anchors must be strictly increasing in x (110 then 90)',
    ],
    [
      'a pass line beyond the excellent line (higher is better)',
      { ...base, indicators: [{ ...ratio, levels: { pass: 120, excellent: 110 } }, score] },
      'indicators.0.levels.pass: pass line 120 is better than the excellent line 110 (direction higher)',
    ],
    [
      'a pass line beyond the excellent line (lower is better)',
      {
        ...base,
        indicators: [
          {
            ...score,
            id: 'c',
            kind: 'percent',
            direction: 'lower',
            scoring: {
              type: 'anchors',
              anchors: [
                [0, 100],
                [10, 0],
              ],
            },
            levels: { pass: 3, excellent: 5 },
          },
          ratio,
        ],
      },
      'indicators.0.levels.pass: pass line 3 is better than the excellent line 5 (direction lower)',
    ],
    [
      'grade bands that do not descend',
      {
        ...base,
        grades: [{ grade: '优秀', min: 60 }, { grade: '合格', min: 90 }, { grade: '不合格' }],
      },
      'grades.1.min: grade bands must descend (60 then 90)',
    ],
    [
      'two grade bands with the same min',
      {
        ...base,
        grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 90 }, { grade: '不合格' }],
      },
      'grades.1.min: grade bands must descend (90 then 90)',
    ],
    [
      'a band without a min before the last',
      { ...base, grades: [{ grade: '优秀' }, { grade: '合格', min: 60 }, { grade: '不合格' }] },
      'grades.0.min: every grade but the last needs a min',
    ],
    [
      'a last band with a min',
      {
        ...base,
        grades: [
          { grade: '优秀', min: 90 },
          { grade: '不合格', min: 0 },
        ],
      },
      'grades.1.min: the last grade takes everything below and has no min',
    ],
    [
      'a letter grade without its level',
      { ...base, grades: [{ grade: 'S', min: 90 }, { grade: '不合格' }] },
      'grades.0.level: say which level grade "S" is: 优秀, 合格 or 不合格',
    ],
    [
      'a lower-is-better ratio',
      { ...base, indicators: [{ ...ratioWithoutLevels, direction: 'lower' }, score] },
      'indicators.0.direction: a ratio indicator cannot be lower-is-better',
    ],
    [
      'anchor points that fall as x gets better (higher)',
      {
        ...base,
        indicators: [
          {
            ...ratio,
            scoring: {
              type: 'anchors',
              anchors: [
                [60, 0],
                [90, 60],
                [110, 50],
              ],
            },
          },
          score,
        ],
      },
      'indicators.0.scoring.anchors.2: anchor points must not get lower as x gets better (direction higher: 60 then 50)',
    ],
    [
      'anchor points that rise with a worse x (lower is better)',
      {
        ...base,
        indicators: [
          ratio,
          {
            ...score,
            kind: 'percent',
            direction: 'lower',
            scoring: {
              type: 'anchors',
              anchors: [
                [0, 0],
                [5, 60],
              ],
            },
          },
        ],
      },
      'indicators.1.scoring.anchors.1: anchor points must not get lower as x gets better (direction lower: 0 then 60)',
    ],
    [
      'identity scoring on a lower-is-better indicator',
      { ...base, indicators: [ratio, { ...score, direction: 'lower' }] },
      'indicators.1.scoring.type: identity scoring counts a higher x as better: use anchors for a lower-is-better indicator',
    ],
    [
      'a ratio-linear floor at or above its cap',
      {
        ...base,
        indicators: [
          { ...ratioWithoutLevels, scoring: { type: 'ratio-linear', floor: 120, cap: 120 } },
          score,
        ],
      },
      'indicators.0.scoring.floor: floor must be below cap',
    ],
    [
      'a weight over 100',
      { ...base, indicators: [{ ...ratio, weight: 120 }, score] },
      'indicators.0.weight: Too big: expected number to be <=100',
    ],
  ])('rejects %s', (_name, card, expected) => {
    expect(issues(card)).toContain(expected);
  });
});
