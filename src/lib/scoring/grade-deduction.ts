import { parseNumber } from '../number/index.ts';
import type { Deduction, DeductionResult, Raw } from './types.ts';

/**
 * One deduction (docs/scoring.md, Total): the count is an integer in 0…maxCount;
 * the deduction is min(max, max(0, count − allowance) × perUnit).
 */
export function gradeDeduction(d: Deduction, raw: Raw): DeductionResult {
  const p = parseNumber(raw);
  if (!p.ok)
    return {
      id: d.id,
      status: p.error === 'empty' ? 'empty' : 'invalid',
      error: p.error,
    };
  if (!Number.isInteger(p.value)) return { id: d.id, status: 'invalid', error: 'not-integer' };
  if (p.value < 0 || p.value > d.maxCount)
    return { id: d.id, status: 'invalid', error: 'out-of-range' };
  const deduction = Math.min(d.max, Math.max(0, p.value - d.allowance) * d.perUnit);
  return {
    id: d.id,
    status: 'ok',
    count: p.value,
    deduction,
  };
}
