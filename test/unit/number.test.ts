// The number library: parsing what people type, spreadsheet rounding, display
// formats, cents and hundredths, and the largest-remainder split.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  centsText,
  exactHundredths,
  formatNumber,
  formatPlain,
  fromCents,
  hundredths,
  parseNumber,
  type ParseError,
  round2,
  splitByLargestRemainder,
  toCents,
} from '../../src/lib/number/index.ts';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('round2 rounds half away from zero on the decimal digits, like a spreadsheet', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [1.255, 1.26],
    [-2.5, -2.5],
    [-1.005, -1.01],
    [-2.675, -2.68],
    [89.995, 90],
    [89.994, 89.99],
    [59.875, 59.88],
    [0.125, 0.13],
    [0.995, 1],
    [1.0049, 1],
    [0.004999, 0],
    [0.005, 0.01],
    [-0.005, -0.01],
    [-0.001, 0],
    [1e-7, 0],
    [5e-3, 0.01],
    [10, 10],
    [123456789.125, 123456789.13],
    [999999999999.995, 1000000000000],
    [1e21, 1e21],
    [-1.5e21, -1.5e21],
    [0.1 + 0.2, 0.3],
    [89.99499999999999, 90], // an exact 89.995 that binary arithmetic left just below
    [Number.MAX_VALUE, Number.MAX_VALUE],
  ])('round2(%s) = %s', (v, r) => {
    expect(round2(v)).toBe(r);
  });

  it('never returns -0', () => {
    expect(Object.is(round2(-0.001), 0)).toBe(true);
    expect(Object.is(round2(-0), 0)).toBe(true);
  });

  it('returns NaN and Infinity unchanged (callers never pass them)', () => {
    expect(round2(Number.NaN)).toBeNaN();
    expect(round2(Number.POSITIVE_INFINITY)).toBe(Number.POSITIVE_INFINITY);
  });
});

describe('parseNumber reads what people type', () => {
  it.each<[unknown, number]>([
    ['１，０５０', 1050],
    ['1,050', 1050],
    ['1, 050', 1050],
    [' 12 ', 12],
    ['\u3000１２\u3000', 12],
    ['-0', 0],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
    ['０.９９', 0.99],
    ['1000000000000', 1e12],
    [42, 42],
    [-0, 0],
  ])('%j → %s', (raw, value) => {
    const r = parseNumber(raw);
    expect(r).toEqual({ ok: true, value });
    expect(r.ok && Object.is(r.value, -0)).toBe(false);
  });

  it.each<[unknown, number]>([
    ['80%', 80],
    ['８６％', 86],
    ['96 %', 96],
    ['40', 40],
  ])('percent or score field %j → %s', (raw, value) => {
    expect(parseNumber(raw, { percent: true })).toEqual({ ok: true, value });
  });

  it.each<[unknown, ParseError]>([
    ['', 'empty'],
    ['   ', 'empty'],
    [',', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['-Infinity', 'not-a-number'],
    ['NaN', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['0b11', 'not-a-number'],
    ['5万', 'not-a-number'],
    ['１２３元', 'not-a-number'],
    ['80%', 'not-a-number'], // % only in a percent or score field
    ['1.2.3', 'not-a-number'],
    ['--5', 'not-a-number'],
    ['-', 'not-a-number'],
    ['.', 'not-a-number'],
    ['1_000', 'not-a-number'],
    ['٣', 'not-a-number'], // Arabic-Indic digit: not folded by NFKC
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [true, 'not-a-number'],
    [{}, 'not-a-number'],
    [[5], 'not-a-number'],
    ['1000000000000.01', 'too-large'],
    ['10000000000000', 'too-large'],
    ['9'.repeat(400), 'too-large'],
    [-2e12, 'too-large'],
  ])('%j is refused as %s', (raw, error) => {
    expect(parseNumber(raw)).toEqual({ ok: false, error });
  });

  it('refuses a bigint, which no form produces', () => {
    expect(parseNumber(5n)).toEqual({ ok: false, error: 'not-a-number' });
  });

  it('refuses %% twice, or a % in front', () => {
    expect(parseNumber('80%%', { percent: true })).toEqual({ ok: false, error: 'not-a-number' });
    expect(parseNumber('%80', { percent: true })).toEqual({ ok: false, error: 'not-a-number' });
  });
});

describe('formatting', () => {
  it.each([
    [82.5, '82.50'],
    [1050, '1,050.00'],
    [1.005, '1.01'],
    [-4, '-4.00'],
    [0, '0.00'],
    [1e12, '1,000,000,000,000.00'],
  ])('formatNumber(%s) = %s', (v, s) => expect(formatNumber(v)).toBe(s));

  it.each([
    [1050, '1,050'],
    [0.99, '0.99'],
    [1234567.5, '1,234,567.5'],
    [-1050, '-1,050'],
    [1e-7, '0.0000001'],
    [1e21, '1,000,000,000,000,000,000,000'],
  ])('formatPlain(%s) = %s', (v, s) => expect(formatPlain(v)).toBe(s));
});

describe('cents and hundredths', () => {
  it('converts 元 to integer cents exactly and back', () => {
    expect(toCents(1_200_000.5)).toBe(120_000_050);
    expect(toCents(0.1 + 0.2)).toBe(30);
    expect(toCents(-0.001)).toBe(0);
    expect(toCents(-12.34)).toBe(-1234);
    expect(() => toCents(Number.NaN)).toThrow(RangeError);
    expect(fromCents(120_000_050)).toBe(1_200_000.5);
    expect(centsText(5)).toBe('0.05');
    expect(centsText(-120_000_050)).toBe('-1200000.50');
  });

  it('gives shares in hundredths of a percent, exactly only up to 2 decimals', () => {
    expect(hundredths(33.33)).toBe(3333);
    expect(hundredths(33.335)).toBe(3334);
    expect(exactHundredths(25.5)).toBe(2550);
    expect(exactHundredths(33.335)).toBeUndefined();
    expect(exactHundredths(Number.POSITIVE_INFINITY)).toBeUndefined();
  });

  it('round-trips any 2-decimal amount through cents (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (c) => {
        expect(toCents(fromCents(c))).toBe(c);
        expect(Number(centsText(c))).toBe(fromCents(c));
      }),
    );
  });
});

describe('splitByLargestRemainder', () => {
  it.each([
    [100, [1, 1, 1], [34, 33, 33]],
    [200, [1, 1, 1], [67, 67, 66]],
    [10, [0, 1, 0], [0, 10, 0]],
    [0, [1, 2], [0, 0]],
    [1, [1, 1, 1, 1], [1, 0, 0, 0]],
    [10_000, [33.33, 33.33, 33.34], [3333, 3333, 3334]],
    [7, [22, 20, 22], [3, 2, 2]],
    [-100, [1, 1, 1], [-34, -33, -33]],
  ])('splitByLargestRemainder(%i, %j) = %j', (total, weights, expected) => {
    expect(splitByLargestRemainder(total, weights)).toEqual(expected);
  });

  it('takes bigint totals and refuses what cannot be split', () => {
    expect(splitByLargestRemainder(5n, [1, 1])).toEqual([3, 2]);
    expect(() => splitByLargestRemainder(5, [0, 0])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(1.5, [1])).toThrow(RangeError);
    expect(() => splitByLargestRemainder(5, [1, -1])).toThrow(RangeError);
  });

  it('sums exactly and stays within 1 unit of the exact proportion', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc
          .array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 30 })
          .filter((w) => sum(w) > 0),
        (total, weights) => {
          const parts = splitByLargestRemainder(total, weights);
          expect(sum(parts)).toBe(total);
          const W = BigInt(sum(weights));
          parts.forEach((p, i) => {
            // |p − total·wᵢ/W| < 1  ⇔  |p·W − total·wᵢ| < W, in exact integers.
            const diff = BigInt(p) * W - BigInt(total) * BigInt(weights[i]!);
            expect(diff < 0n ? -diff : diff).toBeLessThan(W);
            expect(p).toBeGreaterThanOrEqual(0);
          });
        },
      ),
    );
  });
});
