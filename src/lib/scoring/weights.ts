import type { ErrorCode } from './errors.ts';
import { parseNumber } from './parse-number.ts';
import { round2 } from './round2.ts';
import type { Scorecard, ScorecardInputs, WeightsResult } from './types.ts';

/**
 * The weights in force: the sheet's, or the ones the manager typed. Valid only
 * when they total 100 (after rounding to 2 decimals); otherwise the result says
 * the sum and what is missing. Rescaling to 100 happens only when asked.
 */
export function resolveWeights(card: Scorecard, inputs: ScorecardInputs, normalize = false): WeightsResult {
  const errors: Record<string, ErrorCode> = {};
  const typed: Record<string, number> = {};
  for (const ind of card.indicators) {
    const override = inputs.weights && Object.hasOwn(inputs.weights, ind.id) ? inputs.weights[ind.id] : undefined;
    if (override === undefined) {
      typed[ind.id] = ind.weight;
      continue;
    }
    const p = parseNumber(override, { percent: true });
    if (!p.ok) errors[ind.id] = p.error === 'empty' ? 'empty' : p.error;
    else if (p.value < 0 || p.value > 100) errors[ind.id] = 'weight-out-of-range';
    else typed[ind.id] = p.value;
  }
  const sum = round2(Object.values(typed).reduce((s, w) => s + w, 0));
  const hasErrors = Object.keys(errors).length > 0;
  const result: WeightsResult = {
    sum,
    valid: !hasErrors && sum === 100,
    missing: round2(100 - sum),
    normalized: false,
    effective: typed,
    errors,
  };
  if (sum === 1) result.hint = 'looks-like-fractions';
  if (normalize && !hasErrors && sum > 0 && sum !== 100) {
    result.effective = Object.fromEntries(Object.entries(typed).map(([id, w]) => [id, (w * 100) / sum]));
    result.valid = true;
    result.normalized = true;
  }
  return result;
}
