import { plainDecimal } from './round.ts';

/**
 * A weight as an exact scaled integer: its shortest decimal digits, so 33.33
 * is 3333/100 and not the binary fraction a double holds. Returns the digits
 * without the point and how many decimals they carry.
 */
function decimalDigits(w: number): { digits: string; decimals: number } {
  if (!Number.isFinite(w) || w < 0)
    throw new RangeError(`splitByLargestRemainder: weight ${w} must be a finite number ≥ 0`);
  const [int = '0', frac = ''] = plainDecimal(w).split('.');
  return { digits: int + frac, decimals: frac.length };
}

function toBigInt(total: bigint | number): bigint {
  if (typeof total === 'bigint') return total;
  if (!Number.isSafeInteger(total))
    throw new RangeError(`splitByLargestRemainder: total ${total} must be a safe integer`);
  return BigInt(total);
}

/**
 * Splits `totalUnits` (an integer number of the smallest unit, e.g. cents)
 * into integers proportional to `weights`, by the largest-remainder method:
 * each part first gets the floor of its exact share total × wᵢ / Σw, then the
 * units left over (fewer than the number of parts) go one each to the parts
 * with the largest remainders; equal remainders go to the lower index first.
 *
 * The parts always sum exactly to the total, and each is within 1 unit of
 * its exact proportion. All arithmetic is in BigInt on the weights' decimal
 * digits, so no rounding error can move a unit. A negative total is split as
 * the mirror image of its absolute value. Weights must be ≥ 0, and not all 0
 * unless the total is 0 (then every part is 0).
 */
export function splitByLargestRemainder(
  totalUnits: bigint | number,
  weights: readonly number[],
): number[] {
  const total = toBigInt(totalUnits);
  if (total < 0n) return splitByLargestRemainder(-total, weights).map((v) => (v === 0 ? 0 : -v));
  if (total > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError('splitByLargestRemainder: total is beyond the safe integer range');
  if (weights.length === 0) {
    if (total === 0n) return [];
    throw new RangeError('splitByLargestRemainder: no weights to split a non-zero total over');
  }
  const parsed = weights.map(decimalDigits);
  const scale = Math.max(...parsed.map((p) => p.decimals));
  const w = parsed.map((p) => BigInt(p.digits + '0'.repeat(scale - p.decimals)));
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) {
    if (total === 0n) return weights.map(() => 0);
    throw new RangeError('splitByLargestRemainder: all weights are 0 but the total is not');
  }
  const base = w.map((wi) => (total * wi) / sum);
  const rem = w.map((wi) => (total * wi) % sum);
  let left = total - base.reduce((a, b) => a + b, 0n);
  const order = rem
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    base[i]! += 1n;
    left -= 1n;
  }
  return base.map((v) => Number(v));
}
