import type { ErrorCode } from './errors.ts';
import { own } from './own.ts';
import { parseNumber } from './parse-number.ts';
import { round2 } from './round2.ts';
import type { Scorecard, ScorecardInputs, WeightsResult } from './types.ts';

/**
 * The weights in force (scoring.md, Weights): the sheet's, or the ones typed
 * over them. Valid only when they total 100 after round2 and none is refused;
 * otherwise the result gives the sum and what is missing. A sum of exactly 1
 * adds the hint `looks-like-fractions` (never converted silently). With
 * `normalize` the weights are rescaled to 100, unless all are 0.
 */
export function resolveWeights(card: Scorecard, inputs: ScorecardInputs, normalize = false): WeightsResult {
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
  const sum = round2(Object.values(typed).reduce((s, w) => s + w, 0));
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
    result.effective = Object.fromEntries(Object.entries(typed).map(([id, w]) => [id, (w * 100) / total]));
    result.valid = true;
    result.normalized = true;
  }
  return result;
}
