import { LEVELS } from '../../schemas/levels.ts';
import { gradeDeduction } from './grade-deduction.ts';
import { gradeIndicator } from './grade-indicator.ts';
import { own } from './own.ts';
import { round2 } from '../number/index.ts';
import type {
  GradeLevel,
  GradeOptions,
  Scorecard,
  ScorecardInputs,
  ScorecardResult,
} from './types.ts';
import { resolveWeights } from './weights.ts';

/** The grade band of a displayed total: the first band (best first) whose min it reaches. */
export function bandFor(
  card: Scorecard,
  total: number,
): { grade: string; level: GradeLevel | undefined } {
  const band =
    card.grades.find((g) => g.min === undefined || total >= g.min) ??
    card.grades[card.grades.length - 1]!;
  const level =
    band.level ??
    ((LEVELS as readonly string[]).includes(band.grade) ? (band.grade as GradeLevel) : undefined);
  return { grade: band.grade, level };
}

/** The weighted points of the rows and their deductions, each summed in the sheet's order. */
export function sums(r: Pick<ScorecardResult, 'indicators' | 'deductions'>) {
  const weightedEach = r.indicators.map((x) => x.weighted ?? 0);
  const deductionEach = r.deductions.map((d) => d.deduction ?? 0);
  return {
    weightedEach,
    deductionEach,
    weighted: weightedEach.reduce((s, v) => s + v, 0),
    deducted: deductionEach.reduce((s, v) => s + v, 0),
  };
}

/**
 * Grades a scorecard from what a person typed (docs/scoring.md). Each indicator is
 * put on its points scale by its own rule and weighted; deductions are
 * subtracted; the total is clamped to [0, maxTotal] and rounded (round2), and
 * the grade comes from that displayed total. Status: invalid-weights > invalid
 * > incomplete > ok; only `ok` has a total and grade, but filled rows always
 * show x, level and points. Never throws; every number in the result is finite.
 */
export function gradeScorecard(
  card: Scorecard,
  inputs: ScorecardInputs,
  options: GradeOptions = {},
): ScorecardResult {
  const normalize = options.normalizeWeights === true;
  const weights = resolveWeights(card, inputs, normalize);
  const indicators = card.indicators.map((ind) =>
    gradeIndicator(ind, own(inputs.indicators, ind.id), weights.effective[ind.id] ?? ind.weight),
  );
  const deductions = card.deductions.map((d) => gradeDeduction(d, own(inputs.deductions, d.id)));
  const rows = [...indicators, ...deductions];
  const status: ScorecardResult['status'] = !weights.valid
    ? 'invalid-weights'
    : rows.some((r) => r.status === 'invalid')
      ? 'invalid'
      : rows.some((r) => r.status === 'empty')
        ? 'incomplete'
        : 'ok';
  const result: ScorecardResult = { status, indicators, deductions, weights };
  if (status !== 'ok') return result;

  const { weighted, deducted } = sums(result);
  const totalRaw = Math.min(card.maxTotal, Math.max(0, weighted - deducted));
  const total = round2(totalRaw);
  const { grade, level } = bandFor(card, total);
  result.totalRaw = totalRaw;
  result.total = total;
  result.grade = grade;
  if (level) result.level = level;
  return result;
}
