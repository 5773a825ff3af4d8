// The team at a glance: how many people got each grade, each indicator's
// average and spread, and who is within reach of the next grade. Only the
// overview that a first grading loads uses these.
import type { Scorecard, ScorecardResult } from '../scoring/types.ts';

/** Cents, so 79.3 + 0.7 is 80 exactly. */
const cents = (v: number) => Math.round(v * 100);

export interface GradeCount {
  grade: string;
  count: number;
}

export interface GradeDistribution {
  /** Every grade band of the sheet, best first, with how many people have it (0 included). */
  counts: GradeCount[];
  /** People with no grade (errors or missing data). */
  ungraded: number;
  /** Everyone: Σ counts + ungraded. */
  people: number;
}

/** How many people fall in each of the sheet's grade bands. */
export function gradeDistribution(
  card: Scorecard,
  results: readonly ScorecardResult[],
): GradeDistribution {
  const counts = card.grades.map((g) => ({ grade: g.grade, count: 0 }));
  let ungraded = 0;
  for (const r of results) {
    const c = r.grade === undefined ? undefined : counts.find((x) => x.grade === r.grade);
    if (c) c.count++;
    else ungraded++;
  }
  return { counts, ungraded, people: results.length };
}

export interface Spread {
  /** How many people have a value. */
  n: number;
  mean: number;
  /** Population standard deviation (the team is the whole population, not a sample). */
  sd: number;
  min: number;
  max: number;
}

/** Mean, population standard deviation, min and max; undefined for no values. */
export function spread(values: readonly number[]): Spread | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    sum += v;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  // The mean of equal values is that value; clamping keeps rounding inside [min, max].
  const mean = Math.min(max, Math.max(min, sum / n));
  const variance = values.reduce((a, v) => a + (v - mean) ** 2, 0) / n;
  return { n, mean, sd: Math.sqrt(variance), min, max };
}

export interface IndicatorSpread {
  id: string;
  label: string;
  /** Of the points on the indicator's scale. */
  points: Spread | undefined;
  /** Of the measured value: 完成率 in % for a ratio, the typed value otherwise. */
  value: Spread | undefined;
}

/** Each indicator's average and spread over the people who have it measured. */
export function indicatorSpreads(
  card: Scorecard,
  results: readonly ScorecardResult[],
): IndicatorSpread[] {
  return card.indicators.map((ind) => {
    const rows = results.flatMap((r) =>
      r.indicators.filter((i) => i.id === ind.id && i.status === 'ok'),
    );
    return {
      id: ind.id,
      label: ind.label,
      points: spread(rows.flatMap((i) => (i.points === undefined ? [] : [i.points]))),
      value: spread(rows.flatMap((i) => (i.x === undefined ? [] : [i.x]))),
    };
  });
}

export interface NearNext {
  /** Index into the people given. */
  person: number;
  name: string;
  total: number;
  grade: string;
  next: string;
  /** Points short of the next grade's minimum, > 0 and ≤ the margin. */
  short: number;
}

/**
 * Who sits within `margin` points (1 by default) below the next better
 * grade's minimum, closest first. People without a total are left out.
 */
export function nearNextGrade(
  card: Scorecard,
  people: readonly { name: string; total?: number | undefined }[],
  margin = 1,
): NearNext[] {
  const out: NearNext[] = [];
  people.forEach((p, person) => {
    if (p.total === undefined) return;
    const at = card.grades.findIndex((g) => g.min === undefined || p.total! >= g.min);
    if (at <= 0) return;
    const next = card.grades[at - 1]!;
    const short = (cents(next.min!) - cents(p.total)) / 100;
    if (short > 0 && short <= margin)
      out.push({
        person,
        name: p.name,
        total: p.total,
        grade: card.grades[at]!.grade,
        next: next.grade,
        short,
      });
  });
  return out.sort((a, b) => a.short - b.short || a.person - b.person);
}
