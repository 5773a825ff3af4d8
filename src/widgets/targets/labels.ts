import { formatNumber, formatPlain } from '../../lib/number/index.ts';

export const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];
/** An amount in 元 as shown: two decimals with grouping. */
export const fmt = (yuan: number) => formatNumber(yuan);
export const pct = (v: number) => `${formatPlain(v)}%`;
/** "2026-03-05" → "3月5日" */
export const md = (iso: string) => `${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
