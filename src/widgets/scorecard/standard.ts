import { formatNumber, type Indicator } from '../../lib/scoring/index.ts';

/**
 * The 标准 column: the source's own words where the sheet gives them, else the
 * 合格 and 优秀 lines the indicator is graded by.
 */
export function standardOf(ind: Indicator): string {
  if (ind.standard) return ind.standard;
  if (!ind.levels) return '—';
  const unit = ind.kind === 'score' ? ' 分' : '%';
  const op = ind.direction === 'lower' ? '≤' : '≥';
  const { pass, excellent } = ind.levels;
  return `合格 ${op} ${formatNumber(pass)}${unit},优秀 ${op} ${formatNumber(excellent)}${unit}`;
}
