// Money in integer cents (分) and shares in hundredths of a percent: integers,
// so sums are exact where doubles would drift (0.1 + 0.2).
import { plainDecimal, round2 } from './round.ts';

/** 元 with at most 2 decimals → integer cents, exactly, from the decimal digits. */
export function toCents(yuan: number): number {
  if (!Number.isFinite(yuan)) throw new RangeError(`amount ${yuan} is not finite`);
  const neg = yuan < 0;
  const [int = '0', frac = ''] = plainDecimal(Math.abs(round2(yuan))).split('.');
  const cents = Number(int + frac.padEnd(2, '0'));
  return neg && cents !== 0 ? -cents : cents;
}

/** Integer cents → 元 (the nearest double to the 2-decimal value). */
export const fromCents = (cents: number): number => cents / 100;

/** Integer cents → "1234.56", exactly, for files such as CSV. */
export function centsText(cents: number): string {
  const s = String(Math.abs(cents)).padStart(3, '0');
  return `${cents < 0 ? '-' : ''}${s.slice(0, -2)}.${s.slice(-2)}`;
}

/** A percentage in hundredths of a percent, to the nearest one: 33.33 → 3333. */
export const hundredths = (percent: number): number => Math.round(percent * 100);

/** A percentage in hundredths of a percent (25.5 → 2550); undefined past 2 decimals. */
export function exactHundredths(percent: number): number | undefined {
  if (!Number.isFinite(percent)) return undefined;
  return round2(percent) === percent ? hundredths(percent) : undefined;
}
