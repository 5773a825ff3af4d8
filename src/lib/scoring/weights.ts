import type { ErrorCode } from './errors.ts';
import { own } from './own.ts';
import { phrase, type Phrase } from '../phrase/index.ts';
import type { WeightStepKey } from './weight-steps.ts';
import { formatPlain, parseNumber, round2 } from '../number/index.ts';
import type { Scorecard, ScorecardInputs, WeightsResult } from './types.ts';

/** A total of weights as the engine compares it with 100, by round2: 16.1 + 48.2 + 35.7 is 100. */
export const weightSum = (weights: readonly number[]): number =>
  round2(weights.reduce((s, w) => s + w, 0));

/** What the weight total needs of a sheet. */
type SheetWeights = { readonly indicators: readonly { readonly weight: number }[] };

/** The sheet's own weights' total, rounded as the engine rounds. */
export const sheetWeightSum = (card: SheetWeights): number =>
  weightSum(card.indicators.map((i) => i.weight));

/** 不足 when a total of weights is under 100, 超出 when it is over, undefined at exactly 100. */
export function weightGap(sum: number): '不足' | '超出' | undefined {
  return sum === 100 ? undefined : sum > 100 ? '超出' : '不足';
}

/** The warning over a grader whose sheet's weights do not total 100; undefined when they do. */
export function sheetWeightWarning(card: SheetWeights): Phrase<WeightStepKey> | undefined {
  const sum = sheetWeightSum(card);
  const gap = weightGap(sum);
  if (!gap) return undefined;
  return phrase(gap === '超出' ? 'sheetWeightsOver' : 'sheetWeightsUnder', {
    sum: formatPlain(sum),
  });
}

/**
 * The weights in force (docs/scoring.md, Weights): the sheet's, or the ones typed
 * over them. Valid only when they total 100 after round2 and none is refused;
 * otherwise the result gives the sum and what is missing. A sum of exactly 1
 * adds the hint `looks-like-fractions` (never converted silently). With
 * `normalize` the weights are rescaled to 100, unless all are 0.
 */
export function resolveWeights(
  card: Scorecard,
  inputs: ScorecardInputs,
  normalize = false,
): WeightsResult {
  const errors: Record<string, ErrorCode> = {};
  const typed: Record<string, number> = {};
  for (const ind of card.indicators) {
    const override = own(inputs.weights, ind.id);
    if (override === undefined) {
      typed[ind.id] = ind.weight;
      continue;
    }
    const p = parseNumber(override, { percent: true });
    if (!p.ok) errors[ind.id] = p.error;
    else if (p.value < 0 || p.value > 100) errors[ind.id] = 'weight-out-of-range';
    else typed[ind.id] = p.value;
  }
  const sum = weightSum(Object.values(typed));
  const refused = Object.keys(errors).length > 0;
  const result: WeightsResult = {
    sum,
    valid: !refused && sum === 100,
    missing: round2(100 - sum),
    normalized: false,
    effective: typed,
    errors,
  };
  if (sum === 1) result.hint = 'looks-like-fractions';
  if (normalize && !refused && sum > 0 && sum !== 100) {
    const total = Object.values(typed).reduce((s, w) => s + w, 0);
    result.effective = Object.fromEntries(
      Object.entries(typed).map(([id, w]) => [id, (w * 100) / total]),
    );
    result.valid = true;
    result.normalized = true;
  }
  return result;
}
