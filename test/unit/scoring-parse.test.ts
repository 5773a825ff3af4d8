import { describe, expect, it } from 'vitest';
import { errorMessage, formatNumber, gradeLabel, parseNumber, round2, WARNING_MESSAGES, type ErrorCode } from '../../src/lib/scoring/index.ts';
import { ERROR_MESSAGES } from '../../src/lib/scoring/errors.ts';
import { formatPlain } from '../../src/lib/scoring/format.ts';

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

  it.each<[unknown, ErrorCode]>([
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

describe('messages', () => {
  it('says what is wrong and what to type, for every error code', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(message, code).toMatch(/[\u4e00-\u9fff]/);
      expect(message, code).toMatch(/请/);
      expect(errorMessage(code as ErrorCode)).toBe(message);
    }
    expect(errorMessage('not-a-number')).toContain('请输入数字,例如 1050 或 95.5');
  });

  it('names the range of a count', () => {
    expect(errorMessage('out-of-range', { min: 0, max: 12 })).toBe('超出范围。请输入 0 到 12 之间的数字。');
  });

  it('has a Chinese message for every warning', () => {
    expect(errorMessage('negative-actual')).toBe(WARNING_MESSAGES['negative-actual']);
    expect(errorMessage('looks-like-fractions')).toMatch(/40 表示 40%/);
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

  it.each([
    [{ grade: '合格', level: '合格' }, '合格'],
    [{ grade: 'B', level: '合格' }, 'B(合格)'],
    [{ grade: 'A' }, 'A'],
    [{}, ''],
  ])('gradeLabel(%j) = %j', (r, s) => expect(gradeLabel(r)).toBe(s));
});
