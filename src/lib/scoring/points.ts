import type { Indicator, Level } from './types.ts';

/** Points (0–100 scale) for a measured value x, by the indicator's rule. Unrounded. */
export function pointsFor(ind: Pick<Indicator, 'scoring'>, x: number): number {
  const s = ind.scoring;
  if (s.type === 'identity') return x;
  if (s.type === 'ratio-linear') return x < s.floor ? 0 : Math.min(x, s.cap);
  const a = s.anchors;
  const first = a[0]!;
  const last = a[a.length - 1]!;
  if (x <= first[0]) return first[1];
  if (x >= last[0]) return last[1];
  for (let i = 1; i < a.length; i++) {
    const [x1, p1] = a[i]!;
    const [x0, p0] = a[i - 1]!;
    if (x <= x1) return p0 + ((x - x0) * (p1 - p0)) / (x1 - x0);
  }
  return last[1];
}

/** The anchors around x, for explaining an interpolation. */
export function segmentFor(ind: Pick<Indicator, 'scoring'>, x: number): [[number, number], [number, number]] | undefined {
  if (ind.scoring.type !== 'anchors') return undefined;
  const a = ind.scoring.anchors;
  for (let i = 1; i < a.length; i++) if (x >= a[i - 1]![0] && x <= a[i]![0]) return [a[i - 1]!, a[i]!];
  return undefined;
}

/** 优秀 / 合格 / 不合格 by the indicator's lines; higher or lower is better. */
export function levelFor(ind: Pick<Indicator, 'levels' | 'direction'>, x: number): Level | undefined {
  if (!ind.levels) return undefined;
  const { pass, excellent } = ind.levels;
  if (ind.direction === 'lower') return x <= excellent ? '优秀' : x <= pass ? '合格' : '不合格';
  return x >= excellent ? '优秀' : x >= pass ? '合格' : '不合格';
}
