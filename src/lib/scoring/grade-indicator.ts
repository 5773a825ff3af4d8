import type { ErrorCode, WarningCode } from './errors.ts';
import { MAX_MAGNITUDE, parseNumber, round2 } from '../number/index.ts';
import { levelFor, pointsFor } from './points.ts';
import type { Field, Indicator, IndicatorResult, Raw } from './types.ts';

/**
 * Grades one row (docs/scoring.md, Rules): parses its fields and checks their
 * ranges, measures x (ratio: round2(actual × 100 ÷ plan), multiplying first;
 * percent and score: round2(value)), then the level and points from that
 * rounded x, and the weighted points. A row with an empty or refused field
 * still says which field, and has no figures.
 */
export function gradeIndicator(
  ind: Indicator,
  raw: { plan?: Raw; actual?: Raw; value?: Raw } | undefined,
  weight: number,
): IndicatorResult {
  const fieldErrors: Partial<Record<Field, ErrorCode>> = {};
  const warnings: WarningCode[] = [];
  const result: IndicatorResult = {
    id: ind.id,
    status: 'ok',
    fieldErrors,
    warnings,
    weight,
  };
  let x: number | undefined;

  if (ind.kind === 'ratio') {
    const plan = parseNumber(raw?.plan);
    const actual = parseNumber(raw?.actual);
    if (!plan.ok) fieldErrors.plan = plan.error;
    else if (plan.value <= 0) fieldErrors.plan = 'plan-not-positive';
    if (!actual.ok) fieldErrors.actual = actual.error;
    else if (actual.value < 0) {
      if (ind.allowNegativeActual) warnings.push('negative-actual');
      else fieldErrors.actual = 'negative';
    }
    if (plan.ok && actual.ok && !fieldErrors.plan && !fieldErrors.actual) {
      const rate = round2((actual.value * 100) / plan.value);
      // Both inputs are within range, but their ratio is not (plan 0.01, actual 1e12): say so
      // beside the plan, the divisor that is small for the actual.
      if (!(Math.abs(rate) <= MAX_MAGNITUDE)) fieldErrors.plan = 'rate-too-large';
      else {
        x = rate;
        result.plan = plan.value;
        result.actual = actual.value;
      }
    }
  } else {
    const v = parseNumber(raw?.value, { percent: true });
    if (!v.ok) fieldErrors.value = v.error;
    else if (v.value < 0 || v.value > 100) fieldErrors.value = 'out-of-range';
    else {
      x = round2(v.value);
      result.typed = v.value;
    }
  }

  const errors = Object.values(fieldErrors);
  const refused = errors.find((e) => e !== 'empty');
  if (refused) {
    result.status = 'invalid';
    result.error = refused;
  } else if (errors.length) {
    result.status = 'empty';
    result.error = 'empty';
  }
  if (x === undefined) return result;

  const points = pointsFor(ind, x);
  const weighted = (points * weight) / 100;
  result.x = x;
  result.points = points;
  result.weighted = weighted;
  const level = levelFor(ind, x);
  if (level) result.level = level;
  return result;
}
