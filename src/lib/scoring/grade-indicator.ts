import type { ErrorCode, WarningCode } from './errors.ts';
import { formatNumber as f2, formatPlain as fp } from './format.ts';
import { MAX_MAGNITUDE, parseNumber } from './parse-number.ts';
import { levelFor, pointsFor, segmentFor } from './points.ts';
import { round2 } from './round2.ts';
import type { Field, Indicator, IndicatorResult, Raw } from './types.ts';

const pct = (v: number) => `${f2(v)}%`;

function levelRule(ind: Indicator): string {
  if (!ind.levels) return '';
  const op = ind.direction === 'lower' ? '≤' : '≥';
  const unit = ind.kind === 'score' ? '分' : '%';
  return `(${op}${fp(ind.levels.pass)}${unit} 合格,${op}${fp(ind.levels.excellent)}${unit} 优秀)`;
}

function pointsSteps(ind: Indicator, x: number, points: number): string[] {
  const s = ind.scoring;
  const xs = ind.kind === 'ratio' ? pct(x) : f2(x);
  if (s.type === 'identity') return [`得分 = 评分 = ${f2(points)} 分`];
  if (s.type === 'ratio-linear')
    return x < s.floor
      ? [`完成率 ${xs} 低于 ${fp(s.floor)}%,按完成比率法得 0 分`]
      : [`按完成比率法:得分 = 完成率,最高 ${fp(s.cap)} 分 → ${f2(points)} 分`];
  const seg = segmentFor(ind, x);
  const a = s.anchors;
  if (!seg || x <= a[0]![0] || x >= a[a.length - 1]![0])
    return [`${xs} 在计分区间之外,取端点得分 ${f2(points)} 分`];
  const [[x0, p0], [x1, p1]] = seg;
  if (x === x0 || x === x1) return [`${xs} 正好在计分点上,得 ${f2(points)} 分`];
  return [
    `${xs} 介于 ${fp(x0)} 与 ${fp(x1)} 之间,按线性插值:${fp(p0)} + (${f2(x)} − ${fp(x0)}) ÷ (${fp(x1)} − ${fp(x0)}) × (${fp(p1)} − ${fp(p0)}) = ${f2(points)} 分`,
  ];
}

/** Grades one row: parses its fields, measures x, finds the level and the points. */
export function gradeIndicator(ind: Indicator, raw: { plan?: Raw; actual?: Raw; value?: Raw } | undefined, weight: number): IndicatorResult {
  const fieldErrors: Partial<Record<Field, ErrorCode>> = {};
  const warnings: WarningCode[] = [];
  const result: IndicatorResult = { id: ind.id, status: 'ok', fieldErrors, warnings, weight, steps: [] };
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
      // A tiny plan (0.000001) makes the rate astronomically large; refuse it like a huge number.
      if (!Number.isFinite(rate) || Math.abs(rate) > MAX_MAGNITUDE) fieldErrors.actual = 'too-large';
      else {
        x = rate;
        result.steps.push(`完成率 = ${fp(actual.value)} ÷ ${fp(plan.value)} × 100% = ${pct(x)}`);
      }
    }
  } else {
    const v = parseNumber(raw?.value, { percent: true });
    if (!v.ok) fieldErrors.value = v.error;
    else if (v.value < 0 || v.value > 100) fieldErrors.value = 'out-of-range';
    else {
      x = round2(v.value);
      result.steps.push(ind.kind === 'percent' ? `${ind.label} = ${pct(x)}` : `${ind.label} = ${f2(x)} 分`);
    }
  }

  const errors = Object.values(fieldErrors);
  const hard = errors.filter((e) => e !== 'empty');
  if (hard.length) {
    result.status = 'invalid';
    result.error = hard[0]!;
  } else if (errors.length) {
    result.status = 'empty';
    result.error = 'empty';
  }
  if (x === undefined) return result;

  const points = pointsFor(ind, x);
  const level = levelFor(ind, x);
  result.x = x;
  result.points = points;
  if (level) {
    result.level = level;
    result.steps.push(`等级:${level}${levelRule(ind)}`);
  }
  result.steps.push(...pointsSteps(ind, x, points));
  result.weighted = (points * weight) / 100;
  result.steps.push(`加权得分 = ${f2(points)} × ${f2(weight)}% = ${f2(result.weighted)}`);
  return result;
}
