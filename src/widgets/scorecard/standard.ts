import { fill, formatNumber, type Indicator } from '../../lib/scoring/index.ts';

/**
 * The 标准 column: the source's own words where the sheet gives them, else the
 * 合格 and 优秀 lines the indicator is graded by, in the page's words.
 */
export function standardOf(ind: Indicator, t: { standard: string; pointsAfter: string }): string {
  if (ind.standard) return ind.standard;
  if (!ind.levels) return '—';
  const unit = ind.kind === 'score' ? t.pointsAfter : '%';
  const op = ind.direction === 'lower' ? '≤' : '≥';
  const { pass, excellent } = ind.levels;
  return fill(t.standard, {
    op,
    pass: `${formatNumber(pass)}${unit}`,
    excellent: `${formatNumber(excellent)}${unit}`,
  });
}
