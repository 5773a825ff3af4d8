import { plainDecimal } from './round2.ts';

const two = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 });

/** A result figure: always two decimals (82.50). */
export function formatNumber(v: number): string {
  return two.format(v);
}

/** A typed figure as the person typed it, with grouping (1,050; 0.99). */
export function formatPlain(v: number): string {
  return Math.abs(v) >= 1e21 ? plainDecimal(v) : plain.format(v);
}
