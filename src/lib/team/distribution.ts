// An advisory forced distribution (强制分布): how many people each band would
// get by rank. It never changes anyone's absolute grade.
import { allocate } from '../largest-remainder.ts';

/** Below this many people a forced distribution says more about chance than about the team. */
export const SMALL_GROUP = 25;

/** The usual bands, best first, and their default shares in %. */
export const DEFAULT_BANDS: readonly { label: string; share: number }[] = [
  { label: '优秀', share: 20 },
  { label: '合格', share: 70 },
  { label: '待改进', share: 10 },
];

export interface Distribution {
  /** People per band, best first: integers that sum to the number of people. */
  counts: number[];
  /** The band (index into the shares) of each person, in the order given. */
  bands: number[];
  /** Everyone by rank: best total first, ties by name, then by the order given. */
  ranking: number[];
  warning?: 'small-group';
}

/** Shares in hundredths of a percent, so 33.33 is exact. */
const hundredths = (share: number) => Math.round(share * 100);

/** Why shares cannot be used (undefined when they can): each 0–100, totalling 100. */
export function sharesProblem(shares: readonly number[]): 'out-of-range' | 'sum-not-100' | undefined {
  if (shares.length === 0 || shares.some((s) => !Number.isFinite(s) || s < 0 || s > 100)) return 'out-of-range';
  return shares.reduce((sum, s) => sum + hundredths(s), 0) === 10000 ? undefined : 'sum-not-100';
}

/**
 * Splits n people into bands by the largest-remainder method (Hamilton, the
 * same `allocate` the target breakdown uses): counts are integers summing to
 * n, each within 1 of n × share / 100; equal remainders favour the better band.
 */
export function largestRemainder(n: number, shares: readonly number[]): number[] {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`n must be a whole number ≥ 0, got ${n}`);
  if (sharesProblem(shares)) throw new RangeError(`shares must each be 0–100 and total 100, got ${shares.join(', ')}`);
  return allocate(n, shares);
}

const collator = new Intl.Collator('zh-CN');

/**
 * An advisory forced distribution of graded people: the counts per band by
 * largest remainder, then the bands handed out by rank (best total first;
 * equal totals by name in Chinese collation order, then in the order given,
 * so the result is stable). Adds `warning: 'small-group'` under 25 people.
 */
export function forcedDistribution(people: readonly { name: string; total: number }[], shares: readonly number[]): Distribution {
  const counts = largestRemainder(people.length, shares);
  const ranking = people
    .map((_, i) => i)
    .sort((a, b) => people[b]!.total - people[a]!.total || collator.compare(people[a]!.name, people[b]!.name) || a - b);
  const bands = new Array<number>(people.length).fill(0);
  let band = 0;
  let used = 0;
  for (const i of ranking) {
    while (used >= counts[band]!) {
      band++;
      used = 0;
    }
    bands[i] = band;
    used++;
  }
  const result: Distribution = { counts, bands, ranking };
  if (people.length < SMALL_GROUP) result.warning = 'small-group';
  return result;
}
