// The steps of 计算过程 as phrases: every figure the engine produces, with the
// arithmetic that gave it, worded by the grader from its language's templates
// (src/i18n/grader/). Results show two decimals (formatNumber); what was typed and
// what the sheet says (lines, anchors, weights) show as written.
import { phrase, type Phrase } from '../phrase/index.ts';
import { formatNumber as f2, formatPlain as fp, round2 } from '../number/index.ts';
import { segmentFor } from '../scoring/points.ts';
import type {
  Deduction,
  GradeLevel,
  Indicator,
  Scorecard,
  WeightsResult,
} from '../scoring/types.ts';
import type { WeightStepKey } from '../scoring/weight-steps.ts';

/** The keys of the steps of a row and of the total; a level's key is the level. */
export type StepKey =
  | 'rate'
  | 'value'
  | 'valueRounded'
  | 'points'
  | 'pointsIsScore'
  | 'pointsIsValue'
  | 'floorBelow'
  | 'capAbove'
  | 'floorMetRate'
  | 'floorMetValue'
  | 'anchorExact'
  | 'anchorBelow'
  | 'anchorAbove'
  | 'anchorBetween'
  | 'level'
  | 'levelLines'
  | 'lineScore'
  | 'weighted'
  | 'deductNone'
  | 'deduct'
  | 'deductCapped'
  | 'normalized'
  | 'weightedSum'
  | 'deducted'
  | 'deductedOne'
  | 'totalBelowZero'
  | 'totalAboveMax'
  | 'totalNet'
  | 'total'
  | 'grade'
  | 'gradeAtLeast'
  | 'gradeBelow'
  | 'gradeOfLevel'
  | GradeLevel;

/** One step of 计算过程, to be worded. */
export type Step = Phrase<StepKey | WeightStepKey>;
type S = Phrase<StepKey>;

import { clean } from '../scoring/weight-steps.ts';
/** A figure inside a formula: negatives in brackets. */
const term = (v: number) => (v < 0 ? `(${clean(v)})` : clean(v));
/** The measured value as shown: 105.00% for a ratio or percent, 86.00 for a score. */
const shown = (ind: Indicator, x: number) => (ind.kind === 'score' ? f2(x) : `${f2(x)}%`);
/** A line or anchor of the sheet: 90% for a ratio or percent, 80 for a score. */
const mark = (ind: Indicator, v: number) => (ind.kind === 'score' ? clean(v) : `${clean(v)}%`);
/** Points: 82.50 分. */
const pts = (v: number): S => phrase('points', { n: f2(v) });

/** 完成率 = 1,050 ÷ 1,000 × 100% = 105.00% */
export function rateStep(plan: number, actual: number, x: number): S {
  return phrase('rate', { actual: fp(actual), plan: fp(plan), x: f2(x) });
}

/** 客户满意度 = 86.00%; says so when the typed value was rounded. */
export function valueStep(ind: Indicator, typed: number, x: number): S {
  const vars = { label: ind.label, x: ind.kind === 'score' ? pts(x) : `${f2(x)}%` };
  return typed !== x
    ? phrase('valueRounded', { ...vars, typed: fp(typed) })
    : phrase('value', vars);
}

/** How x became points, by the indicator's rule. */
export function pointsStep(ind: Indicator, x: number, points: number): S {
  const s = ind.scoring;
  const p = pts(points);
  if (s.type === 'identity')
    return phrase(ind.kind === 'score' ? 'pointsIsScore' : 'pointsIsValue', { p });
  const at = shown(ind, x);
  if (s.type === 'ratio-linear') {
    if (x < s.floor) return phrase('floorBelow', { x: at, floor: mark(ind, s.floor), p });
    if (x > s.cap) return phrase('capAbove', { x: at, cap: mark(ind, s.cap), p });
    const key = ind.kind === 'ratio' ? 'floorMetRate' : 'floorMetValue';
    return phrase(key, { x: at, floor: mark(ind, s.floor), p });
  }
  const a = s.anchors;
  const first = a[0]!;
  const last = a[a.length - 1]!;
  const exact = a.find(([ax]) => ax === x);
  if (exact) return phrase('anchorExact', { x: at, mark: mark(ind, exact[0]), p });
  if (x < first[0]) return phrase('anchorBelow', { x: at, mark: mark(ind, first[0]), p });
  if (x > last[0]) return phrase('anchorAbove', { x: at, mark: mark(ind, last[0]), p });
  const [[x0, p0], [x1, p1]] = segmentFor(ind, x)!;
  const op = p1 >= p0 ? '+' : '−';
  const formula = `${term(p0)} ${op} (${term(x)} − ${term(x0)}) ÷ (${term(x1)} − ${term(x0)}) × ${clean(Math.abs(p1 - p0))}`;
  return phrase('anchorBetween', { x: at, x0: mark(ind, x0), x1: mark(ind, x1), formula, p });
}

/** 等级:合格(≥90% 合格,≥110% 优秀) */
export function levelStep(ind: Indicator, level: GradeLevel): S {
  if (!ind.levels) return phrase('level', { level: phrase(level) });
  const op = ind.direction === 'lower' ? '≤' : '≥';
  const line = (v: number): string | S =>
    ind.kind === 'score' ? phrase('lineScore', { line: `${op}${clean(v)}` }) : `${op}${clean(v)}%`;
  return phrase('levelLines', {
    level: phrase(level),
    pass: line(ind.levels.pass),
    excellent: line(ind.levels.excellent),
  });
}

/** 加权得分 = 82.50 × 40% = 33.00 */
export function weightedStep(points: number, weight: number, weighted: number): S {
  return phrase('weighted', {
    points: f2(points),
    weight: fp(round2(weight)),
    weighted: f2(weighted),
  });
}

/** 市场分析报告逾期次数 5 次,超出 3 次的 2 次 × 2 分 = 4.00 分 */
export function deductionStep(d: Deduction, count: number, deduction: number): S {
  const over = Math.max(0, count - d.allowance);
  const vars = { label: d.label, count, allowance: d.allowance };
  if (over === 0) return phrase('deductNone', vars);
  const raw = over * d.perUnit;
  const base = { ...vars, over, perUnit: clean(d.perUnit), raw: f2(raw) };
  return raw > d.max
    ? phrase('deductCapped', { ...base, max: clean(d.max), deduction: f2(deduction) })
    : phrase('deduct', base);
}

/** The steps of the total: 加权合计, 扣分, 总分, 等级. */
export function totalSteps(p: {
  card: Scorecard;
  weightedEach: number[];
  weighted: number;
  deductionEach: number[];
  deducted: number;
  total: number;
  grade: string;
  level: GradeLevel | undefined;
  weights: WeightsResult;
}): S[] {
  const { card } = p;
  const total = f2(p.total);
  const steps: S[] = [];
  if (p.weights.normalized) steps.push(phrase('normalized', { sum: clean(p.weights.sum) }));
  steps.push(
    phrase('weightedSum', { list: p.weightedEach.map(f2).join(' + '), sum: f2(p.weighted) }),
  );
  if (card.deductions.length)
    steps.push(
      p.deductionEach.length > 1
        ? phrase('deducted', { list: p.deductionEach.map(f2).join(' + '), sum: f2(p.deducted) })
        : phrase('deductedOne', { sum: f2(p.deducted) }),
    );
  const net = p.weighted - p.deducted;
  const formula = card.deductions.length ? `${f2(p.weighted)} − ${f2(p.deducted)}` : f2(p.weighted);
  if (net < 0) steps.push(phrase('totalBelowZero', { formula, net: f2(net), total }));
  else if (net > card.maxTotal)
    steps.push(
      phrase('totalAboveMax', { formula, net: f2(net), max: clean(card.maxTotal), total }),
    );
  else
    steps.push(
      card.deductions.length ? phrase('totalNet', { formula, total }) : phrase('total', { total }),
    );
  const i = card.grades.findIndex((g) => g.grade === p.grade);
  const band = card.grades[i];
  const better = card.grades[i - 1];
  const grade =
    p.level && p.level !== p.grade
      ? phrase('gradeOfLevel', { grade: p.grade, level: phrase(p.level) })
      : p.grade;
  steps.push(
    band?.min !== undefined
      ? phrase('gradeAtLeast', { grade, total, min: clean(band.min) })
      : better?.min !== undefined
        ? phrase('gradeBelow', { grade, total, min: clean(better.min) })
        : phrase('grade', { grade }),
  );
  return steps;
}
