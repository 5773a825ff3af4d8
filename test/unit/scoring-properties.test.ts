import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeScorecard,
  pointsFor,
  round2,
  type Indicator,
  type ScorecardInputs,
} from '../../src/lib/scoring/index.ts';
import { plainScorecardSchema, type Scorecard } from '../../src/schemas/scorecard.ts';
import {
  cards,
  anyCard,
  typed,
  sheetWithValidInputs,
  anyInputs,
} from '../support/scoring-arbitraries.ts';

/** Every number in the result, wherever it is, and every sentence, must be finite and readable. */
function problemsIn(value: unknown, path = 'result'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string')
    return /NaN|Infinity|undefined|null|\[object/.test(value) ? [`${path} says “${value}”`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => problemsIn(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => problemsIn(v, `${path}.${k}`));
  return [];
}

/** The grade band of a total, by the sheet's own table (not the engine's lookup). */
const bandOf = (c: Scorecard, total: number) =>
  c.grades.find((g) => g.min === undefined || total >= g.min)!;

describe('scoring properties', () => {
  it('(a) never lowers an indicator’s points when x moves in its better direction', () => {
    const indicators = cards.flatMap((c) => c.indicators);
    fc.assert(
      fc.property(
        fc.constantFrom(...indicators),
        fc.double({ min: -100, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (ind, x, step) => {
          const better = ind.direction === 'lower' ? x - step : x + step;
          expect(pointsFor(ind, better)).toBeGreaterThanOrEqual(pointsFor(ind, x));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('(a) holds for any indicator the schema accepts, not just the five sheets', () => {
    const anchorsArb = fc
      .uniqueArray(fc.integer({ min: -50, max: 300 }), { minLength: 2, maxLength: 6 })
      .chain((xs) =>
        fc.tuple(
          fc.constant([...xs].sort((a, b) => a - b)),
          fc.array(fc.integer({ min: 0, max: 120 }), {
            minLength: xs.length,
            maxLength: xs.length,
          }),
        ),
      );
    const indicatorArb = fc.record({
      direction: fc.constantFrom('higher', 'lower'),
      kind: fc.constantFrom('ratio', 'percent', 'score'),
      scoring: fc.oneof(
        anchorsArb.map(([xs, ps]) => ({ type: 'anchors', anchors: xs.map((x, i) => [x, ps[i]!]) })),
        fc
          .tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 200 }))
          .map(([floor, cap]) => ({ type: 'ratio-linear', floor, cap })),
        fc.constant({ type: 'identity' }),
      ),
    });
    const base = {
      title: '测试',
      role: 'account-specialist',
      period: 'month',
      source: ['004_c84ccdf38090b5c3.txt'],
      grades: [{ grade: '合格', min: 60 }, { grade: '不合格' }],
    };
    let accepted = 0;
    fc.assert(
      fc.property(
        indicatorArb,
        fc.double({ min: -100, max: 400, noNaN: true }),
        fc.double({ min: 0, max: 200, noNaN: true }),
        (raw, x, step) => {
          const parsed = plainScorecardSchema.safeParse({
            ...base,
            indicators: [{ id: 'a', label: '甲', weight: 100, ...raw }],
          });
          if (!parsed.success) return;
          accepted++;
          const ind: Indicator = parsed.data.indicators[0]!;
          const better = ind.direction === 'lower' ? x - step : x + step;
          expect(pointsFor(ind, better)).toBeGreaterThanOrEqual(pointsFor(ind, x));
        },
      ),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(200);
  });

  it('(a) never lowers points through the whole engine: a better typed value scores at least as much', () => {
    const rows = cards.flatMap((c) => c.indicators.map((ind) => [c, ind] as const));
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        typed(0, 100),
        typed(0, 100),
        typed(1, 1000),
        ([c, ind], v1, v2, plan) => {
          const [worse, better] =
            Number(v1) <= Number(v2) === (ind.direction === 'higher') ? [v1, v2] : [v2, v1];
          const row = (v: string) =>
            ind.kind === 'ratio'
              ? { plan, actual: String(round2((Number(v) * Number(plan)) / 100)) }
              : { value: v };
          const grade = (v: string) =>
            gradeScorecard(c, { indicators: { [ind.id]: row(v) } }).indicators.find(
              (r) => r.id === ind.id,
            )!;
          expect(grade(better).points!).toBeGreaterThanOrEqual(grade(worse).points!);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('(b) keeps a valid sheet’s total within [0, maxTotal], and every valid sheet gets a total', () => {
    fc.assert(
      fc.property(sheetWithValidInputs, fc.boolean(), ([c, inputs], normalize) => {
        const r = gradeScorecard(c, inputs, { normalizeWeights: normalize });
        const weightsTotal100 = c.indicators.reduce((s, i) => s + i.weight, 0) === 100;
        expect(r.status).toBe(weightsTotal100 || normalize ? 'ok' : 'invalid-weights');
        if (r.status !== 'ok') return;
        expect(r.totalRaw).toBeGreaterThanOrEqual(0);
        expect(r.totalRaw).toBeLessThanOrEqual(c.maxTotal);
        expect(r.total).toBeGreaterThanOrEqual(0);
        expect(r.total).toBeLessThanOrEqual(c.maxTotal);
      }),
      { numRuns: 1000 },
    );
  });

  it('(b) keeps the total within [0, maxTotal] with any weights typed over the sheet’s', () => {
    fc.assert(
      fc.property(
        sheetWithValidInputs.chain(([c, inputs]) =>
          fc.tuple(
            fc.constant(c),
            fc.constant(inputs),
            fc.record(Object.fromEntries(c.indicators.map((i) => [i.id, typed(0, 100)]))),
          ),
        ),
        ([c, inputs, weights]) => {
          const r = gradeScorecard(c, { ...inputs, weights }, { normalizeWeights: true });
          if (r.status !== 'ok') return expect(r.weights.sum).toBe(0);
          expect(r.total).toBeGreaterThanOrEqual(0);
          expect(r.total).toBeLessThanOrEqual(c.maxTotal);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('(c) never throws, and never yields NaN or Infinity anywhere in the result, whatever is typed', () => {
    fc.assert(
      fc.property(
        anyCard.chain((c) => fc.tuple(fc.constant(c), anyInputs(c))),
        fc.boolean(),
        ([c, inputs], normalize) => {
          const r = gradeScorecard(c, inputs, { normalizeWeights: normalize });
          expect(problemsIn(r)).toEqual([]);
          expect(r.indicators).toHaveLength(c.indicators.length);
          expect(r.deductions).toHaveLength(c.deductions.length);
          expect(r.status === 'ok').toBe(r.total !== undefined);
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('(c) survives inputs that are missing, partial, or keyed by Object.prototype names', () => {
    for (const c of cards) {
      for (const inputs of [
        { indicators: {} },
        { indicators: Object.create(null) as ScorecardInputs['indicators'] },
        {
          indicators: { constructor: { value: 1 } },
          deductions: { constructor: '1', toString: '2' },
          weights: { constructor: '1', __proto__: '5' },
        },
        JSON.parse(
          '{"indicators":{"__proto__":{"value":"5"}},"weights":{"__proto__":"5"}}',
        ) as ScorecardInputs,
      ]) {
        const r = gradeScorecard(c, inputs);
        expect(problemsIn(r)).toEqual([]);
        expect(r.status === 'incomplete' || r.status === 'invalid-weights').toBe(true);
      }
    }
  });

  it('(d) gives the grade of the band the displayed total falls in', () => {
    fc.assert(
      fc.property(sheetWithValidInputs, ([c, inputs]) => {
        const r = gradeScorecard(c, inputs, { normalizeWeights: true });
        expect(r.status).toBe('ok');
        const total = r.total!;
        expect(total).toBe(round2(r.totalRaw!));
        const band = bandOf(c, total);
        expect(r.grade).toBe(band.grade);
        expect(r.level).toBe(band.level ?? band.grade);
        const i = c.grades.indexOf(band);
        if (band.min !== undefined) expect(total).toBeGreaterThanOrEqual(band.min);
        const better = c.grades[i - 1];
        if (better?.min !== undefined) expect(total).toBeLessThan(better.min);
      }),
      { numRuns: 1000 },
    );
  });

  it('(d) grades totals right at the band edges by the displayed total', () => {
    // Sheet (2) is a plain weighted mean of scores, so any two-decimal total can be typed.
    const c = cards.find(
      (k) => k.indicators.length === 5 && k.indicators.every((i) => i.kind === 'score'),
    )!;
    fc.assert(
      fc.property(
        fc.constantFrom(
          ...c.grades.flatMap((g) =>
            g.min === undefined ? [] : [g.min - 0.01, g.min, g.min + 0.01],
          ),
        ),
        (t) => {
          const value = String(round2(t));
          const r = gradeScorecard(c, {
            indicators: Object.fromEntries(c.indicators.map((i) => [i.id, { value }])),
          });
          expect(r.total).toBe(round2(t));
          expect(r.grade).toBe(bandOf(c, r.total!).grade);
        },
      ),
    );
  });

  it('(e) reads full-width digits and ASCII thousands commas as the plain digits they stand for', () => {
    const wide = (s: string) =>
      s.replace(/[0-9.%]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    const commas = (s: string) => {
      const [int = '', frac] = s.split('.');
      return int.replace(/\B(?=(\d{3})+$)/g, ',') + (frac === undefined ? '' : `.${frac}`);
    };
    fc.assert(
      fc.property(
        sheetWithValidInputs,
        fc.constantFrom('wide', 'commas', 'both', 'wide-commas-spaces'),
        ([c, inputs], style) => {
          const dress = (v: unknown) => {
            if (typeof v !== 'string') return v;
            if (style === 'wide') return wide(v);
            if (style === 'commas') return commas(v);
            if (style === 'both') return wide(commas(v)).replace(/,/g, '，');
            return ` ${wide(commas(v))}\u3000`;
          };
          const dressed: ScorecardInputs = {
            indicators: Object.fromEntries(
              Object.entries(inputs.indicators).map(([k, f]) => [
                k,
                Object.fromEntries(Object.entries(f).map(([fk, fv]) => [fk, dress(fv)])),
              ]),
            ),
            deductions: Object.fromEntries(
              Object.entries(inputs.deductions ?? {}).map(([k, v]) => [k, dress(v) as string]),
            ),
          };
          expect(gradeScorecard(c, dressed, { normalizeWeights: true })).toEqual(
            gradeScorecard(c, inputs, { normalizeWeights: true }),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('round2 agrees with exact half-away-from-zero rounding of every three-decimal figure', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => {
        // n thousandths, rounded to hundredths in integers: |n| / 10, half away from zero.
        const m = Math.abs(n);
        const cents = Math.floor(m / 10) + (m % 10 >= 5 ? 1 : 0);
        const want = (n < 0 ? -1 : 1) * (cents / 100);
        expect(round2(n / 1000)).toBe(want === 0 ? 0 : want);
      }),
      { numRuns: 5000 },
    );
  });
});
