// The sheet a grader island carries: the same grades from fewer bytes.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeScorecard, graderSheet, type ScorecardInputs } from '../../src/lib/scoring/index.ts';
import { cards } from '../support/scoring-fixtures.ts';

const sheets = Object.entries(cards);
const figure = fc.oneof(
  fc.constant(''),
  fc.double({ min: -10, max: 2000, noNaN: true }).map((n) => String(Math.round(n * 100) / 100)),
  fc.constantFrom('abc', '1e400', '-0'),
);

describe('graderSheet', () => {
  it('has the five sheets to slim', () => {
    expect(sheets).toHaveLength(5);
  });

  it.each(sheets)('%s grades exactly as the full sheet, whatever is typed', (_, card) => {
    const slim = graderSheet(card);
    const inputs = fc.record({
      indicators: fc.record(
        Object.fromEntries(
          card.indicators.map((i) => [
            i.id,
            fc.record({ plan: figure, actual: figure, value: figure }),
          ]),
        ),
      ),
      deductions: fc.record(Object.fromEntries(card.deductions.map((d) => [d.id, figure]))),
    }) as fc.Arbitrary<ScorecardInputs>;
    fc.assert(
      fc.property(inputs, fc.boolean(), (typed, normalizeWeights) => {
        expect(gradeScorecard(slim, typed, { normalizeWeights })).toEqual(
          gradeScorecard(card, typed, { normalizeWeights }),
        );
      }),
      { numRuns: 200 },
    );
  });

  it.each(sheets)(
    '%s keeps the deductions’ 假设 marks and drops the quotes and prose',
    (_, card) => {
      const slim = graderSheet(card);
      const text = JSON.stringify(slim);
      expect(text).not.toMatch(/"quote"|"description"|"assumptions"/);
      // The grader marks a deduction's assumed figures; those marks stay, row for row.
      const assumed = (c: { deductions: unknown }) =>
        JSON.stringify(c.deductions).match(/"assumption":true/g)?.length ?? 0;
      expect(assumed(slim)).toBe(
        card.deductions.filter((d) => d.perUnitBasis?.assumption).length +
          card.deductions.filter((d) => d.maxBasis?.assumption).length,
      );
      expect(text.length).toBeLessThan(JSON.stringify(card).length);
    },
  );
});
