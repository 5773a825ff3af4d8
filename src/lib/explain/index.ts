// 计算过程: the steps behind a graded sheet's figures, read back from its result.
// Grading (src/lib/scoring) computes the figures alone; only the scorecard grader shows
// how they came about. A folder apart from src/lib/scoring, so that the team grader,
// which imports the engine, does not carry this code. Pure TypeScript: no DOM, UI
// framework or Astro.
import { sums } from '../scoring/grade-scorecard.ts';
import {
  deductionStep,
  levelStep,
  pointsStep,
  rateStep,
  totalSteps,
  valueStep,
  weightedStep,
  type Step,
} from './steps.ts';
import type {
  GradeOptions,
  IndicatorResult,
  Indicator,
  Scorecard,
  ScorecardResult,
} from '../scoring/types.ts';
import { weightsSteps } from '../scoring/weight-steps.ts';

export type { Step, StepKey } from './steps.ts';

/** The steps of each indicator, each deduction and the total (or what is wrong with the weights). */
export interface Working {
  indicators: Step[][];
  deductions: Step[][];
  total: Step[];
}

/** How a measured row came to its points; nothing for a row without figures. */
function rowSteps(ind: Indicator, r: IndicatorResult): Step[] {
  if (r.x === undefined || r.points === undefined || r.weighted === undefined) return [];
  const steps: Step[] = [
    ind.kind === 'ratio' ? rateStep(r.plan!, r.actual!, r.x) : valueStep(ind, r.typed!, r.x),
    pointsStep(ind, r.x, r.points),
  ];
  if (r.level) steps.push(levelStep(ind, r.level));
  steps.push(weightedStep(r.points, r.weight, r.weighted));
  return steps;
}

/** Every step of a graded sheet, as the grader's 计算过程 lists them. */
export function explain(
  card: Scorecard,
  result: ScorecardResult,
  options: GradeOptions = {},
): Working {
  const total =
    result.status === 'ok'
      ? totalSteps({
          card,
          ...sums(result),
          total: result.total!,
          grade: result.grade!,
          level: result.level,
          weights: result.weights,
        })
      : result.status === 'invalid-weights'
        ? weightsSteps(result.weights, options.normalizeWeights === true)
        : [];
  return {
    indicators: card.indicators.map((ind, i) => rowSteps(ind, result.indicators[i]!)),
    deductions: card.deductions.map((d, i) => {
      const r = result.deductions[i]!;
      return r.status === 'ok' ? [deductionStep(d, r.count!, r.deduction!)] : [];
    }),
    total,
  };
}
