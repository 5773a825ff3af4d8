import { plainDecimal, round2 } from './round.ts';

const two = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/**
 * A result figure, always with two decimals and grouping: 82.5 → "82.50",
 * 1050 → "1,050.00". Rounded by `round2` first, so the display agrees with
 * the engine (Intl alone would show 1.005 as "1.00").
 */
export function formatNumber(v: number): string {
  return two.format(round2(v));
}

/** A typed figure as typed, with grouping and no padding: 1050 → "1,050", 0.99 → "0.99". */
export function formatPlain(v: number): string {
  const s = plainDecimal(v);
  const neg = s.startsWith('-');
  const [int = '0', frac] = (neg ? s.slice(1) : s).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${neg ? '-' : ''}${grouped}${frac ? `.${frac}` : ''}`;
}
