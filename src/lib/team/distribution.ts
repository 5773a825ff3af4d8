// An advisory forced distribution (强制分布): how many people each band would
// get by rank. It never changes anyone's absolute grade.
import { formatNumber, hundredths, parseNumber, splitByLargestRemainder } from '../number/index.ts';

/** Below this many people a forced distribution says more about chance than about the team. */
export const SMALL_GROUP = 25;

/** The usual bands' default shares in %, best first (their names are the page's: 优秀, 合格, 待改进). */
export const DEFAULT_SHARES: readonly number[] = [20, 70, 10];

export interface Distribution {
  /** People per band, best first: integers that sum to the number of people. */
  counts: number[];
  /** The band (index into the shares) of each person, in the order given. */
  bands: number[];
  /** Everyone by rank: best total first, ties by name, then by the order given. */
  ranking: number[];
  warning?: 'small-group';
}

/** Why shares cannot be used (undefined when they can): each 0–100, totalling 100. */
export function sharesProblem(
  shares: readonly number[],
): 'out-of-range' | 'sum-not-100' | undefined {
  if (shares.length === 0 || shares.some((s) => !Number.isFinite(s) || s < 0 || s > 100))
    return 'out-of-range';
  return shares.reduce((sum, s) => sum + hundredths(s), 0) === 10000 ? undefined : 'sum-not-100';
}

/** What is wrong with the band shares as typed, worded by the widget; `sum` is formatted. */
export type BandSharesError =
  { key: 'notNumber' } | { key: 'outOfRange' } | { key: 'sumNot100'; vars: { sum: string } };

/**
 * The band shares as typed (percent, % allowed): their values, or the one
 * problem the shares' fields share when they cannot be used.
 */
export function checkBandShares(
  texts: readonly string[],
): { values: number[] } | { error: BandSharesError } {
  const parsed = texts.map((t) => parseNumber(t, { percent: true }));
  const values = parsed.map((p) => (p.ok ? p.value : NaN));
  if (!parsed.every((p) => p.ok)) return { error: { key: 'notNumber' } };
  const problem = sharesProblem(values);
  if (problem === 'out-of-range') return { error: { key: 'outOfRange' } };
  if (problem)
    return {
      error: { key: 'sumNot100', vars: { sum: formatNumber(values.reduce((s, v) => s + v, 0)) } },
    };
  return { values };
}

const collator = new Intl.Collator('zh-CN');

/**
 * An advisory forced distribution of graded people: the counts per band by
 * largest remainder (integers summing to the number of people, each within 1
 * of n × share / 100; equal remainders favour the better band), then the
 * bands handed out by rank (best total first;
 * equal totals by name in Chinese collation order, then in the order given,
 * so the result is stable). Adds `warning: 'small-group'` under 25 people.
 */
export function forcedDistribution(
  people: readonly { name: string; total: number }[],
  shares: readonly number[],
): Distribution {
  if (sharesProblem(shares))
    throw new RangeError(`shares must each be 0–100 and total 100, got ${shares.join(', ')}`);
  const counts = splitByLargestRemainder(people.length, shares);
  const ranking = people
    .map((_, i) => i)
    .sort(
      (a, b) =>
        people[b]!.total - people[a]!.total ||
        collator.compare(people[a]!.name, people[b]!.name) ||
        a - b,
    );
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
