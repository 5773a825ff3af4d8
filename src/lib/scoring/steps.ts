// The Chinese sentences of 计算过程: every figure the engine produces, with the
// arithmetic that gave it. Results show two decimals (formatNumber); what was
// typed and what the sheet says (lines, anchors, weights) show as written.
import { WARNING_MESSAGES } from './errors.ts';
import { formatNumber as f2, formatPlain as fp, round2 } from '../number/index.ts';
import { segmentFor } from './points.ts';
import type { Deduction, GradeLevel, Indicator, Scorecard, WeightsResult } from './types.ts';

/** A sheet figure without binary noise (0.3 − 0.1 shows as 0.2). */
const clean = (v: number) => fp(Number(v.toPrecision(15)));
/** A figure inside a formula: negatives in brackets. */
const term = (v: number) => (v < 0 ? `(${clean(v)})` : clean(v));
/** The measured value as shown: 105.00% for a ratio or percent, 86.00 for a score. */
const shown = (ind: Indicator, x: number) => (ind.kind === 'score' ? f2(x) : `${f2(x)}%`);
/** A line or anchor of the sheet: 90% for a ratio or percent, 80 for a score. */
const mark = (ind: Indicator, v: number) => (ind.kind === 'score' ? clean(v) : `${clean(v)}%`);

/** 完成率 = 1,050 ÷ 1,000 × 100% = 105.00% */
export function rateStep(plan: number, actual: number, x: number): string {
  return `完成率 = ${fp(actual)} ÷ ${fp(plan)} × 100% = ${f2(x)}%`;
}

/** 客户满意度 = 86.00%; says so when the typed value was rounded. */
export function valueStep(ind: Indicator, typed: number, x: number): string {
  const rounded = typed !== x ? `(输入 ${fp(typed)},保留两位小数)` : '';
  return `${ind.label} = ${ind.kind === 'score' ? `${f2(x)} 分` : `${f2(x)}%`}${rounded}`;
}

/** How x became points, by the indicator's rule. */
export function pointsStep(ind: Indicator, x: number, points: number): string {
  const s = ind.scoring;
  const p = `${f2(points)} 分`;
  if (s.type === 'identity') return `得分 = ${ind.kind === 'score' ? '评分' : '数值'} = ${p}`;
  if (s.type === 'ratio-linear') {
    if (x < s.floor) return `${shown(ind, x)} 低于 ${mark(ind, s.floor)},按完成比率法得 ${p}`;
    if (x > s.cap) return `${shown(ind, x)} 高于 ${mark(ind, s.cap)},按完成比率法最多得 ${p}`;
    return `${shown(ind, x)} 不低于 ${mark(ind, s.floor)},按完成比率法,得分 = ${ind.kind === 'ratio' ? '完成率' : '数值'} = ${p}`;
  }
  const a = s.anchors;
  const first = a[0]!;
  const last = a[a.length - 1]!;
  const exact = a.find(([ax]) => ax === x);
  if (exact) return `${shown(ind, x)} 正好是计分点 ${mark(ind, exact[0])},得 ${p}`;
  if (x < first[0])
    return `${shown(ind, x)} 低于最低计分点 ${mark(ind, first[0])},按 ${mark(ind, first[0])} 计,得 ${p}`;
  if (x > last[0])
    return `${shown(ind, x)} 高于最高计分点 ${mark(ind, last[0])},按 ${mark(ind, last[0])} 计,得 ${p}`;
  const [[x0, p0], [x1, p1]] = segmentFor(ind, x)!;
  const op = p1 >= p0 ? '+' : '−';
  return (
    `${shown(ind, x)} 介于 ${mark(ind, x0)} 与 ${mark(ind, x1)} 之间,按线性插值:` +
    `${term(p0)} ${op} (${term(x)} − ${term(x0)}) ÷ (${term(x1)} − ${term(x0)}) × ${clean(Math.abs(p1 - p0))} = ${p}`
  );
}

/** 等级:合格(≥90% 合格,≥110% 优秀) */
export function levelStep(ind: Indicator, level: GradeLevel): string {
  if (!ind.levels) return `等级:${level}`;
  const op = ind.direction === 'lower' ? '≤' : '≥';
  const line = (v: number) => `${op}${clean(v)}${ind.kind === 'score' ? '分' : '%'}`;
  return `等级:${level}(${line(ind.levels.pass)} 合格,${line(ind.levels.excellent)} 优秀)`;
}

/** 加权得分 = 82.50 × 40% = 33.00 */
export function weightedStep(points: number, weight: number, weighted: number): string {
  return `加权得分 = ${f2(points)} × ${fp(round2(weight))}% = ${f2(weighted)}`;
}

/** 市场分析报告逾期次数 5 次,超出 3 次的 2 次 × 2 分 = 4.00 分 */
export function deductionStep(d: Deduction, count: number, deduction: number): string {
  const over = Math.max(0, count - d.allowance);
  if (over === 0) return `${d.label} ${count} 次,未超过 ${d.allowance} 次,不扣分`;
  const raw = over * d.perUnit;
  const base = `${d.label} ${count} 次,超出 ${d.allowance} 次的 ${over} 次 × ${clean(d.perUnit)} 分 = ${f2(raw)} 分`;
  return raw > d.max ? `${base},最多扣 ${clean(d.max)} 分,扣 ${f2(deduction)} 分` : base;
}

/** The sentences of the total: 加权合计, 扣分, 总分, 等级. */
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
}): string[] {
  const { card, total } = p;
  const steps: string[] = [];
  if (p.weights.normalized) steps.push(`权重原合计 ${clean(p.weights.sum)}%,已按比例折算为 100%`);
  steps.push(`加权合计 = ${p.weightedEach.map(f2).join(' + ')} = ${f2(p.weighted)}`);
  if (card.deductions.length)
    steps.push(
      p.deductionEach.length > 1
        ? `扣分 = ${p.deductionEach.map(f2).join(' + ')} = ${f2(p.deducted)}`
        : `扣分 = ${f2(p.deducted)}`,
    );
  const net = p.weighted - p.deducted;
  const formula = card.deductions.length ? `${f2(p.weighted)} − ${f2(p.deducted)}` : f2(p.weighted);
  if (net < 0) steps.push(`总分 = ${formula} = ${f2(net)},低于 0,按 0 计 = ${f2(total)}`);
  else if (net > card.maxTotal)
    steps.push(
      `总分 = ${formula} = ${f2(net)},超过满分 ${clean(card.maxTotal)},按满分计 = ${f2(total)}`,
    );
  else
    steps.push(card.deductions.length ? `总分 = ${formula} = ${f2(total)}` : `总分 = ${f2(total)}`);
  const i = card.grades.findIndex((g) => g.grade === p.grade);
  const band = card.grades[i];
  const better = card.grades[i - 1];
  const name = `${p.grade}${p.level && p.level !== p.grade ? `,属${p.level}` : ''}`;
  const why =
    band?.min !== undefined
      ? `(总分 ${f2(total)} ≥ ${clean(band.min)})`
      : better?.min !== undefined
        ? `(总分 ${f2(total)} < ${clean(better.min)})`
        : '';
  steps.push(`等级:${name}${why}`);
  return steps;
}

/** What is wrong with the weights, and what to do: 权重合计 70%,还差 30%. */
export function weightsSteps(w: WeightsResult, normalizeAsked: boolean): string[] {
  const steps: string[] = [];
  const refused = Object.keys(w.errors).length;
  if (refused) steps.push(`有 ${refused} 项权重未填写或有误,请先改正权重(0 到 100 之间的数字)。`);
  else if (normalizeAsked && w.sum === 0)
    steps.push('权重全部为 0,无法按比例折算;请至少给一项填写大于 0 的权重。');
  else if (w.missing > 0)
    steps.push(
      `权重合计 ${clean(w.sum)}%,还差 ${clean(w.missing)}%;请把权重补足到 100%,或选择按比例折算为 100%。`,
    );
  else if (w.missing < 0)
    steps.push(
      `权重合计 ${clean(w.sum)}%,多出 ${clean(-w.missing)}%;请把权重调整为合计 100%,或选择按比例折算为 100%。`,
    );
  if (w.hint === 'looks-like-fractions') steps.push(WARNING_MESSAGES['looks-like-fractions']);
  return steps;
}
