import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bandFor, gradeScorecard, pointsFor, type ScorecardInputs } from '../../src/lib/scoring/index.ts';
import { loadScorecard } from '../support/scorecards.ts';

const cards = ['customer-representative-annual', 'business-director-annual', 'account-specialist-monthly-a', 'account-specialist-monthly-b', 'account-specialist-monthly-c'].map(loadScorecard);
const card = fc.constantFrom(...cards);

/** Anything a person (or a pasted spreadsheet) might put in a field. */
const anyRaw = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.double(),
  fc.integer(),
  fc.constantFrom('', ' ', null, undefined, '1e5', 'NaN', '-', '.', '１２３', '1,2,3', '9'.repeat(30), '-5', '80%', '％'),
  fc.double({ min: -1e13, max: 1e13 }).map(String),
);
const numeric = fc.double({ min: 0, max: 1e6, noNaN: true }).map((v) => String(Math.round(v * 100) / 100));

const inputsFor = (c: (typeof cards)[number], raw: fc.Arbitrary<unknown>) =>
  fc.record({
    indicators: fc.record(Object.fromEntries(c.indicators.map((i) => [i.id, fc.record({ plan: raw, actual: raw, value: raw })]))),
    deductions: fc.record(Object.fromEntries(c.deductions.map((d) => [d.id, raw]))),
    weights: fc.option(fc.record(Object.fromEntries(c.indicators.map((i) => [i.id, raw]))), { nil: undefined }),
  }) as fc.Arbitrary<ScorecardInputs>;

function finiteEverywhere(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (Array.isArray(value)) return value.flatMap((v, i) => finiteEverywhere(v, `${path}[${i}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => finiteEverywhere(v, `${path}.${k}`));
  if (typeof value === 'string' && /NaN|Infinity/.test(value)) return [`${path} says ${value}`];
  return [];
}

describe('scoring properties', () => {
  it('never throws, and never yields NaN or Infinity, whatever is typed', () => {
    fc.assert(
      fc.property(card.chain((c) => fc.tuple(fc.constant(c), inputsFor(c, anyRaw), fc.boolean())), ([c, inputs, normalize]) => {
        const r = gradeScorecard(c, inputs, { normalizeWeights: normalize });
        expect(finiteEverywhere(r)).toEqual([]);
      }),
      { numRuns: 400 },
    );
  });

  it('keeps the total within [0, maxTotal], with a grade that matches its band', () => {
    fc.assert(
      fc.property(card.chain((c) => fc.tuple(fc.constant(c), inputsFor(c, numeric))), ([c, inputs]) => {
        const r = gradeScorecard(c, inputs, { normalizeWeights: true });
        if (r.status !== 'ok') return;
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(c.maxTotal);
        expect(r.grade).toBe(bandFor(c, r.total!).grade);
        const band = c.grades.find((g) => g.grade === r.grade)!;
        if (band.min !== undefined) expect(r.total).toBeGreaterThanOrEqual(band.min);
        const better = c.grades[c.grades.indexOf(band) - 1];
        if (better?.min !== undefined) expect(r.total).toBeLessThan(better.min);
      }),
      { numRuns: 400 },
    );
  });

  it('never lowers points when x moves in the better direction', () => {
    const indicators = cards.flatMap((c) => c.indicators);
    fc.assert(
      fc.property(fc.constantFrom(...indicators), fc.double({ min: -50, max: 300, noNaN: true }), fc.double({ min: 0, max: 100, noNaN: true }), (ind, x, step) => {
        const better = ind.direction === 'lower' ? x - step : x + step;
        expect(pointsFor(ind, better)).toBeGreaterThanOrEqual(pointsFor(ind, x));
      }),
    );
  });

  it('reads full-width digits and ASCII thousands commas as plain digits', () => {
    const toWide = (s: string) => s.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const withCommas = (s: string) => s.replace(/^(\d+)(\d{3})/, '$1,$2');
    fc.assert(
      fc.property(card.chain((c) => fc.tuple(fc.constant(c), inputsFor(c, numeric))), fc.boolean(), ([c, inputs], wide) => {
        const dress = (v: unknown) => (typeof v === 'string' ? (wide ? toWide(withCommas(v)) : withCommas(v)) : v);
        const dressed: ScorecardInputs = {
          indicators: Object.fromEntries(Object.entries(inputs.indicators).map(([k, f]) => [k, { plan: dress(f.plan), actual: dress(f.actual), value: dress(f.value) }])) as ScorecardInputs['indicators'],
          deductions: Object.fromEntries(Object.entries(inputs.deductions ?? {}).map(([k, v]) => [k, dress(v)])) as Record<string, string>,
        };
        const plain = gradeScorecard(c, { indicators: inputs.indicators, deductions: inputs.deductions ?? {} });
        expect(gradeScorecard(c, dressed)).toEqual(plain);
      }),
      { numRuns: 300 },
    );
  });
});
