// What the engine says about a sheet's weights, as phrases (src/i18n/grader/shared-zh.ts
// words them): shown by the scorecard grader and the team grader alike.
import { phrase, type Phrase } from '../phrase/index.ts';
import { formatPlain } from '../number/index.ts';
import type { WeightsResult } from './types.ts';

/** The keys of what the engine says about weights. */
export type WeightStepKey =
  | 'weightsRefused'
  | 'weightsAllZero'
  | 'weightsShort'
  | 'weightsOver'
  | 'weightsFractions'
  | 'sheetWeightsUnder'
  | 'sheetWeightsOver';

/** A sheet figure without binary noise (0.3 − 0.1 shows as 0.2). */
export const clean = (v: number) => formatPlain(Number(v.toPrecision(15)));

/** What is wrong with the weights, and what to do: 权重合计 70%,还差 30%. */
export function weightsSteps(w: WeightsResult, normalizeAsked: boolean): Phrase<WeightStepKey>[] {
  const steps: Phrase<WeightStepKey>[] = [];
  const refused = Object.keys(w.errors).length;
  if (refused) steps.push(phrase('weightsRefused', { n: refused }));
  else if (normalizeAsked && w.sum === 0) steps.push(phrase('weightsAllZero'));
  else if (w.missing > 0)
    steps.push(phrase('weightsShort', { sum: clean(w.sum), missing: clean(w.missing) }));
  else if (w.missing < 0)
    steps.push(phrase('weightsOver', { sum: clean(w.sum), over: clean(-w.missing) }));
  if (w.hint === 'looks-like-fractions') steps.push(phrase('weightsFractions'));
  return steps;
}
