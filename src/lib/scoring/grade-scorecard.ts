import { formatNumber as f2 } from './format.ts';
import { parseNumber } from './parse-number.ts';
import { gradeIndicator } from './grade-indicator.ts';
import { round2 } from './round2.ts';
import type { DeductionResult, Level, Scorecard, ScorecardInputs, ScorecardResult } from './types.ts';
import { resolveWeights } from './weights.ts';
import { LEVELS } from '../../schemas/levels.ts';

function gradeDeduction(d: Scorecard['deductions'][number], raw: unknown): DeductionResult {
  const p = parseNumber(raw);
  if (!p.ok) return { id: d.id, status: p.error === 'empty' ? 'empty' : 'invalid', error: p.error, steps: [] };
  if (!Number.isInteger(p.value)) return { id: d.id, status: 'invalid', error: 'not-integer', steps: [] };
  if (p.value < 0 || p.value > d.maxCount) return { id: d.id, status: 'invalid', error: 'out-of-range', steps: [] };
  const over = Math.max(0, p.value - d.allowance);
  const deduction = Math.min(d.max, over * d.perUnit);
  const steps = [
    over === 0
      ? `${d.label} ${p.value} 次,未超过 ${d.allowance} 次,不扣分`
      : `${d.label} ${p.value} 次,超出 ${d.allowance} 次的 ${over} 次 × ${d.perUnit} 分 = ${f2(over * d.perUnit)} 分${over * d.perUnit > d.max ? `,封顶 ${f2(d.max)} 分` : ''}`,
  ];
  return { id: d.id, status: 'ok', count: p.value, deduction, steps };
}

/** The grade band of a displayed total: the first band whose min it reaches. */
export function bandFor(card: Scorecard, total: number): { grade: string; level: Level | undefined } {
  const band = card.grades.find((g) => g.min === undefined || total >= g.min) ?? card.grades[card.grades.length - 1]!;
  const level = band.level ?? ((LEVELS as readonly string[]).includes(band.grade) ? (band.grade as Level) : undefined);
  return { grade: band.grade, level };
}

/**
 * Grades a scorecard from what a person typed (scoring.md). Each indicator is
 * put on a 0–100 points scale by its own rule, then weighted; deductions are
 * subtracted; the total is clamped to [0, maxTotal] and rounded for display,
 * and the grade comes from the displayed total. Only a complete, valid sheet
 * gets a total; filled rows always show their figures.
 */
export function gradeScorecard(card: Scorecard, inputs: ScorecardInputs, options: { normalizeWeights?: boolean } = {}): ScorecardResult {
  const weights = resolveWeights(card, inputs, options.normalizeWeights ?? false);
  const indicators = card.indicators.map((ind) =>
    gradeIndicator(ind, inputs.indicators?.[ind.id], weights.effective[ind.id] ?? ind.weight),
  );
  const deductions = card.deductions.map((d) => gradeDeduction(d, inputs.deductions?.[d.id]));
  const rows = [...indicators, ...deductions];
  const status: ScorecardResult['status'] = !weights.valid
    ? 'invalid-weights'
    : rows.some((r) => r.status === 'invalid')
      ? 'invalid'
      : rows.some((r) => r.status === 'empty')
        ? 'incomplete'
        : 'ok';
  const result: ScorecardResult = { status, indicators, deductions, weights, steps: [] };
  if (status !== 'ok') return result;

  const weighted = indicators.reduce((s, r) => s + (r.weighted ?? 0), 0);
  const deducted = deductions.reduce((s, d) => s + (d.deduction ?? 0), 0);
  const totalRaw = Math.min(card.maxTotal, Math.max(0, weighted - deducted));
  const total = round2(totalRaw);
  const { grade, level } = bandFor(card, total);
  result.totalRaw = totalRaw;
  result.total = total;
  result.grade = grade;
  if (level) result.level = level;
  result.steps.push(`加权合计 = ${indicators.map((r) => f2(r.weighted ?? 0)).join(' + ')} = ${f2(weighted)}`);
  if (weights.normalized) result.steps.push(`权重原合计 ${f2(weights.sum)}%,已按比例折算为 100%`);
  if (deductions.length) result.steps.push(`扣分合计 = ${f2(deducted)}`);
  result.steps.push(
    `总分 = ${deductions.length ? `${f2(weighted)} − ${f2(deducted)}` : f2(weighted)}${totalRaw !== weighted - deducted ? `,限定在 0 到 ${f2(card.maxTotal)} 之间` : ''} = ${f2(total)}`,
  );
  const band = card.grades.find((g) => g.grade === grade);
  result.steps.push(`等级:${grade}${level && level !== grade ? `(${level})` : ''}${band?.min !== undefined ? `,总分 ≥ ${f2(band.min)}` : ''}`);
  return result;
}
