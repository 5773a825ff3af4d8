import { createContext, useContext } from 'react';
import { formatNumber, formatPlain } from '../../lib/number/index.ts';
import type { TargetStrings } from '../../i18n/targets/zh.ts';

/** An amount in 元 as shown: two decimals with grouping. */
export const fmt = (yuan: number) => formatNumber(yuan);
export const pct = (v: number) => `${formatPlain(v)}%`;

/**
 * The target breakdown's strings, from the island's entry for the page's language
 * (TargetBreakdown.zh.tsx, .en.tsx): a page loads its own language's and no other's.
 */
export const TargetText = createContext<TargetStrings | null>(null);

export function useTargetText(): TargetStrings {
  const t = useContext(TargetText);
  if (!t) throw new Error('a target breakdown outside an island entry has no strings');
  return t;
}
