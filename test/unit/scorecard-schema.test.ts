import { describe, expect, it } from 'vitest';
import { plainScorecardSchema, type ScorecardInput } from '../../src/schemas/scorecard.ts';

const base: ScorecardInput = {
  title: '测试表',
  role: 'customer-representative',
  period: 'month',
  source: ['004_c84ccdf38090b5c3.txt'],
  grades: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
  indicators: [
    { id: 'a', label: '甲', kind: 'ratio', weight: 50, scoring: { type: 'anchors', anchors: [[60, 0], [90, 60]] }, levels: { pass: 90, excellent: 110 } },
    { id: 'b', label: '乙', kind: 'score', weight: 50, scoring: { type: 'identity' } },
  ],
};
const issues = (card: unknown) => {
  const r = plainScorecardSchema.safeParse(card);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const ind = base.indicators;

describe('the scorecard schema refuses sheets scoring.md rules out', () => {
  it('accepts a good sheet', () => expect(issues(base)).toEqual([]));
  it('duplicate indicator ids', () =>
    expect(issues({ ...base, indicators: [ind[0], { ...ind[1], id: 'a' }] })).toContain('indicators.1.id: duplicate indicator id "a"'));
  it('anchors not strictly increasing in x', () =>
    expect(issues({ ...base, indicators: [{ ...ind[0], scoring: { type: 'anchors', anchors: [[60, 0], [60, 60]] } }, ind[1]] })).toContain(
      'indicators.0.scoring.anchors.1: anchors must be strictly increasing in x (60 then 60)',
    ));
  it('a pass line better than the excellent line', () =>
    expect(issues({ ...base, indicators: [{ ...ind[0], levels: { pass: 120, excellent: 110 } }, ind[1]] })[0]).toMatch(/^indicators\.0\.levels\.pass: pass line 120 is better/));
  it('grade bands that do not descend', () =>
    expect(issues({ ...base, grades: [{ grade: '优秀', min: 60 }, { grade: '合格', min: 90 }, { grade: '不合格' }] })).toContain('grades.1.min: grade bands must descend (60 then 90)'));
  it('a lower-is-better ratio', () =>
    expect(issues({ ...base, indicators: [{ ...ind[0], direction: 'lower', levels: undefined }, ind[1]] })).toContain('indicators.0.direction: a ratio indicator cannot be lower-is-better'));
});
