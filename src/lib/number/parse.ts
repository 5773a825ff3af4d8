/** Why a text is not a number: nothing typed, not a plain decimal, or beyond MAX_MAGNITUDE. */
export type ParseError = 'empty' | 'not-a-number' | 'too-large';
export type Parsed = { ok: true; value: number } | { ok: false; error: ParseError };

const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
/** Magnitudes above this are `too-large`: no appraisal figure is a trillion. */
export const MAX_MAGNITUDE = 1e12;

/**
 * Reads what a person typed (docs/scoring.md, Parsing). Strings are NFKC-folded
 * (full-width digits, ，and ％ become ASCII), trimmed, and lose ASCII commas
 * and spaces: "１，０５０" → 1050. Then only plain decimals pass, so 1e5,
 * Infinity, 0x10 and 5万 are `not-a-number` rather than guessed; with
 * `percent` the value may end in % (or ％). Empty, null or undefined is
 * `empty`, never 0. Numbers pass when finite. -0 becomes 0. Ranges are the
 * caller's business: this says only whether it is a number.
 */
export function parseNumber(raw: unknown, opts: { percent?: boolean } = {}): Parsed {
  if (raw === null || raw === undefined) return { ok: false, error: 'empty' };
  let value: number;
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { ok: false, error: 'not-a-number' };
    value = raw;
  } else if (typeof raw === 'string') {
    let s = raw.normalize('NFKC').trim().replace(/[, ]/g, '');
    if (s === '') return { ok: false, error: 'empty' };
    if (opts.percent && s.endsWith('%')) s = s.slice(0, -1);
    if (!DECIMAL.test(s)) return { ok: false, error: 'not-a-number' };
    value = Number(s);
  } else return { ok: false, error: 'not-a-number' };
  if (!(Math.abs(value) <= MAX_MAGNITUDE)) return { ok: false, error: 'too-large' };
  return { ok: true, value: value === 0 ? 0 : value };
}
