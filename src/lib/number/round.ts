/**
 * Writes a finite number as a plain decimal string (no exponent), from its
 * shortest round-trip form: 1e21 → "1000000000000000000000", 1.5e-7 → "0.00000015".
 */
export function plainDecimal(v: number): string {
  const s = String(Math.abs(v));
  const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  let out = s;
  if (m) {
    const digits = m[1]! + (m[2] ?? '');
    const exp = Number(m[3]);
    out =
      exp < 0
        ? `0.${'0'.repeat(-exp - 1)}${digits}`
        : digits.length > exp + 1
          ? `${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`
          : digits.padEnd(exp + 1, '0');
  }
  return v < 0 ? `-${out}` : out;
}

/**
 * Rounds to 2 decimals, half away from zero, on the decimal digits of the
 * number, as a spreadsheet does: round2(1.005) = 1.01, round2(2.675) = 2.68,
 * round2(-2.5) = -2.5. Never `toFixed`, whose binary rounding gives 1.00 and 2.67.
 *
 * The digits are the shortest decimal string of the number as a spreadsheet
 * holds it, to 15 significant digits: a sum of weighted points whose exact
 * value is 89.995 but which binary arithmetic leaves at 89.99499999999999
 * still rounds to 90.00, as it does in Excel. Non-finite input is returned as is.
 */
export function round2(v: number): number {
  if (!Number.isFinite(v)) return v;
  if (v === 0) return 0;
  // From 1e15 on a double has no hundredths to round (and 15 digits could overflow MAX_VALUE).
  if (Math.abs(v) >= 1e15) return v;
  const digits = plainDecimal(Math.abs(Number(v.toPrecision(15))));
  const [int = '0', frac = ''] = digits.split('.');
  let cents = BigInt(int + frac.padEnd(2, '0').slice(0, 2));
  if (frac.length > 2 && frac.charCodeAt(2) - 48 >= 5) cents += 1n;
  const s = cents.toString().padStart(3, '0');
  const r = Number(`${s.slice(0, -2)}.${s.slice(-2)}`);
  return v < 0 && r !== 0 ? -r : r;
}
