import { describe, expect, it } from 'vitest';
import { parseNumber, round2 } from '../../src/lib/scoring/index.ts';

describe('round2 rounds half away from zero on the shortest decimal', () => {
  it.each([
    [1.005, 1.01],
    [2.675, 2.68],
    [-2.5, -2.5],
    [-1.005, -1.01],
    [1.255, 1.26],
    [89.995, 90],
    [0.004999, 0],
    [-0.001, 0],
    [1e-7, 0],
    [123456789.125, 123456789.13],
    [1e21, 1e21],
    [59.875, 59.88],
  ])('round2(%s) = %s', (v, r) => {
    expect(Object.is(round2(v), r)).toBe(true);
  });
});

describe('parseNumber reads what people type', () => {
  it.each([
    ['１，０５０', 1050],
    ['1,050', 1050],
    [' 12 ', 12],
    ['-0', 0],
    ['.5', 0.5],
    ['5.', 5],
    ['+3', 3],
    [42, 42],
  ] as const)('%j → %s', (raw, value) => {
    expect(parseNumber(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['80%', 80],
    ['８６％', 86],
  ] as const)('percent field %j → %s', (raw, value) => {
    expect(parseNumber(raw, { percent: true })).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    [null, 'empty'],
    [undefined, 'empty'],
    ['abc', 'not-a-number'],
    ['1e5', 'not-a-number'],
    ['Infinity', 'not-a-number'],
    ['0x10', 'not-a-number'],
    ['5万', 'not-a-number'],
    ['80%', 'not-a-number'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-a-number'],
    [true, 'not-a-number'],
    ['10000000000000', 'too-large'],
    [-2e12, 'too-large'],
  ] as const)('%j is refused as %s', (raw, error) => {
    expect(parseNumber(raw)).toEqual({ ok: false, error });
  });

  it('keeps -0 out of results', () => {
    const r = parseNumber('-0');
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});
