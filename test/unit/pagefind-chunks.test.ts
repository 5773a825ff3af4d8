// The post-build re-cut of Pagefind's word index (scripts/pagefind-chunks.mjs)
// and the CBOR it reads and writes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../scripts/lib/cbor.mjs';
import { chunkRanges, cutChunks, edgePrefixes } from '../../scripts/pagefind-chunks.mjs';

type Word = [string, [number, number[], unknown[]][], unknown[]];
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('CBOR', () => {
  it.each<[unknown, string]>([
    [0, '00'],
    [23, '17'],
    [24, '1818'],
    [500, '1901f4'],
    [1_000_000, '1a000f4240'],
    [-1, '20'],
    [-500, '3901f3'],
    ['a', '6161'],
    ['客户', '66e5aea2e688b7'],
    [[], '80'],
    [[1, [2, 3]], '8201820203'],
    [null, 'f6'],
    [true, 'f5'],
  ])('encodes %j as RFC 8949 does (%s) and reads it back', (value, bytes) => {
    expect(hex(encodeCbor(value))).toBe(bytes);
    expect(decodeCbor(Buffer.from(bytes, 'hex'))).toEqual(value);
  });

  it('reads back whatever it writes', () => {
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.integer({ min: -(2 ** 40), max: 2 ** 40 }),
        fc.string({ unit: 'grapheme' }),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('node'), { maxLength: 5 }),
      ),
    })).node;
    fc.assert(
      fc.property(value, (v) => {
        expect(decodeCbor(encodeCbor(v))).toEqual(v);
      }),
    );
  });

  it('refuses what Pagefind never writes, and trailing bytes', () => {
    expect(() => decodeCbor(Buffer.from('f93c00', 'hex'))).toThrow(/float/);
    expect(() => decodeCbor(Buffer.from('9f01ff', 'hex'))).toThrow(/indefinite/);
    expect(() => decodeCbor(Buffer.from('0101', 'hex'))).toThrow(/after the value/);
  });
});

const word = (text: string, locations: number): Word => [
  text,
  [[0, Array.from({ length: locations }, (_, i) => i), []]],
  [],
];
const sortedWords = fc
  .uniqueArray(
    fc.string({
      minLength: 1,
      maxLength: 4,
      unit: fc.constantFrom('客', '户', '满', '意', '度', 'a', 'b', '1'),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .chain((texts) =>
    fc.tuple(
      fc.constant(texts.sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))),
      fc.array(fc.integer({ min: 0, max: 30 }), {
        minLength: texts.length,
        maxLength: texts.length,
      }),
    ),
  )
  .map(([texts, sizes]) => texts.map((t, i) => word(t, sizes[i]!)));

describe('cutting the index', () => {
  it('keeps every word once, in order, and closes a chunk as soon as it reaches the limit', () => {
    fc.assert(
      fc.property(sortedWords, fc.integer({ min: 1, max: 80 }), (words, limit) => {
        const chunks = cutChunks(words, limit);
        expect(chunks.flat()).toEqual(words);
        const size = (c: Word[]) =>
          c.reduce((s, w) => s + w[1].reduce((t, p) => t + p[1].length + 1, 0), 0);
        for (const c of chunks.slice(0, -1)) {
          expect(size(c)).toBeGreaterThanOrEqual(limit);
          expect(size(c.slice(0, -1))).toBeLessThan(limit);
        }
      }),
    );
  });

  it('names each chunk by prefixes of its first and last words, in increasing order', () => {
    fc.assert(
      fc.property(sortedWords, fc.integer({ min: 1, max: 80 }), (words, limit) => {
        const chunks = cutChunks(words, limit);
        const ranges: [string, string][] = chunkRanges(chunks);
        ranges.forEach(([from, to], i) => {
          expect(chunks[i]![0]![0].startsWith(from)).toBe(true);
          expect(chunks[i]!.at(-1)![0].startsWith(to)).toBe(true);
          if (i > 0)
            expect(Buffer.compare(Buffer.from(ranges[i - 1]![1]), Buffer.from(from))).toBeLessThan(
              0,
            );
        });
      }),
    );
  });

  it('shortens neighbouring edges to the first character where they differ', () => {
    expect(edgePrefixes('apple', 'apricot')).toEqual(['app', 'apr']);
    expect(edgePrefixes('cath', 'cathartic')).toEqual(['cath', 'catha']);
    expect(edgePrefixes('客户', '客服')).toEqual(['客户', '客服']);
    expect(edgePrefixes('满意', '用户')).toEqual(['满', '用']);
  });
});
