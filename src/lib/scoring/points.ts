import type { GradeLevel, Indicator } from './types.ts';

type Anchor = readonly [number, number];

/**
 * Points for a measured value x by the indicator's rule (docs/scoring.md, Points),
 * unrounded: `anchors` is piecewise linear between the anchors and flat
 * outside them; `ratio-linear` is 0 below the floor, else x up to the cap;
 * `identity` is x.
 */
export function pointsFor(ind: Pick<Indicator, 'scoring'>, x: number): number {
  const s = ind.scoring;
  if (s.type === 'identity') return x;
  if (s.type === 'ratio-linear') return x < s.floor ? 0 : Math.min(x, s.cap);
  const a = s.anchors;
  const first = a[0]!;
  const last = a[a.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  const seg = segmentFor(ind, x)!;
  const [[x0, p0], [x1, p1]] = seg;
  return p0 + ((x - x0) * (p1 - p0)) / (x1 - x0);
}

/** The two anchors around x (inside the anchors' range), for explaining an interpolation. */
export function segmentFor(
  ind: Pick<Indicator, 'scoring'>,
  x: number,
): [Anchor, Anchor] | undefined {
  if (ind.scoring.type !== 'anchors') return undefined;
  const a = ind.scoring.anchors;
  for (let i = 1; i < a.length; i++)
    if (x >= a[i - 1]![0] && x <= a[i]![0]) return [a[i - 1]!, a[i]!];
  return undefined;
}

/**
 * 优秀 / 合格 / 不合格 by the indicator's lines. Higher is better: x ≥ excellent
 * 优秀, else x ≥ pass 合格; lower is better: x ≤ excellent 优秀, else x ≤ pass 合格.
 */
export function levelFor(
  ind: Pick<Indicator, 'levels' | 'direction'>,
  x: number,
): GradeLevel | undefined {
  if (!ind.levels) return undefined;
  const { pass, excellent } = ind.levels;
  if (ind.direction === 'lower') return x <= excellent ? '优秀' : x <= pass ? '合格' : '不合格';
  return x >= excellent ? '优秀' : x >= pass ? '合格' : '不合格';
}
