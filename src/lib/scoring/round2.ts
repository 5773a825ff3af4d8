/** Writes a finite number as a plain decimal string, expanding exponent notation. */
export function plainDecimal(v: number): string {
  const s = String(Math.abs(v));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (!m) return s;
  const digits = m[1]! + (m[2] ?? '');
  const exp = Number(m[3]);
  if (exp < 0) return `0.${'0'.repeat(-exp - 1)}${digits}`;
  return digits.padEnd(exp + 1, '0').slice(0, Math.max(exp + 1, 1)) + (digits.length > exp + 1 ? `.${digits.slice(exp + 1)}` : '');
}

/**
 * Rounds to 2 decimals, half away from zero, on the shortest decimal string of
 * the number, as a spreadsheet does: round2(1.005) = 1.01, round2(2.675) = 2.68.
 * Never toFixed, whose binary rounding gives 1.00 and 2.67.
 */
export function round2(v: number): number {
  if (!Number.isFinite(v) || v === 0) return v === 0 ? 0 : v;
  const [int = '0', frac = ''] = plainDecimal(v).split('.');
  if (frac.length <= 2) return v;
  let cents = BigInt(int + frac.slice(0, 2));
  if (frac.charCodeAt(2) - 48 >= 5) cents += 1n;
  const s = cents.toString().padStart(3, '0');
  const r = Number(`${s.slice(0, -2)}.${s.slice(-2)}`);
  return v < 0 && r !== 0 ? -r : r;
}
