// The sheet's weight total is compared with 100 after round2, as the engine
// compares it, so binary noise (16.1 + 48.2 + 35.7) never raises a warning.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gradeScorecard,
  sheetWeightSum,
  sheetWeightWarning,
  weightGap,
} from '../../src/lib/scoring/index.ts';
import { stepText } from '../support/words.ts';

/** The warning over a sheet's grader, in Chinese. */
const warningText = (card: Parameters<typeof sheetWeightWarning>[0]) => {
  const w = sheetWeightWarning(card);
  return w && stepText(w);
};
import { rep } from '../support/scoring-fixtures.ts';

const sheet = (weights: readonly number[]) => ({
  indicators: weights.map((weight) => ({ weight })),
});

describe('sheetWeightSum and its warning', () => {
  it('totals 16.1 + 48.2 + 35.7 as 100 with no warning, while the plain sum is not 100', () => {
    expect(16.1 + 48.2 + 35.7).not.toBe(100);
    expect(sheetWeightSum(sheet([16.1, 48.2, 35.7]))).toBe(100);
    expect(sheetWeightWarning(sheet([16.1, 48.2, 35.7]))).toBeUndefined();
  });

  it('grades that sheet as the engine does: its weights are valid', () => {
    const weights = { sales: 16.1, satisfaction: 48.2, 'new-customers': 35.7 };
    const card = {
      ...rep,
      indicators: rep.indicators.map((i) => ({
        ...i,
        weight: weights[i.id as keyof typeof weights] ?? 0,
      })),
    };
    expect(sheetWeightWarning(card)).toBeUndefined();
    expect(gradeScorecard(card, { indicators: {} }).weights.valid).toBe(true);
  });

  it('says 不足 under 100 and 超出 over 100', () => {
    expect(warningText(sheet([40, 30]))).toBe(
      '来源原表的权重合计为 70%,不足 100%。请补足各项权重,或勾选“按比例折算为100%”后计算。',
    );
    expect(warningText(sheet([60, 50.5]))).toBe(
      '来源原表的权重合计为 110.5%,超出 100%。请调整各项权重,或勾选“按比例折算为100%”后计算。',
    );
    expect(weightGap(99.99)).toBe('不足');
    expect(weightGap(100.01)).toBe('超出');
    expect(weightGap(100)).toBeUndefined();
  });

  it('warns exactly when the total in hundredths is not 100, with the right word (property)', () => {
    // Weights with up to 2 decimals as integer hundredths: the exact total is an integer sum.
    const nearHundred = fc
      .tuple(
        fc.array(fc.integer({ min: 0, max: 5000 }), { minLength: 1, maxLength: 8 }),
        fc.integer({ min: -2, max: 2 }),
      )
      .map(([h, nudge]) => {
        const rest = 10_000 - h.reduce((a, b) => a + b, 0) + nudge;
        return rest >= 0 ? [...h, rest] : h;
      });
    const anyWeights = fc.array(fc.integer({ min: 0, max: 10_000 }), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(fc.oneof(nearHundred, anyWeights), (h) => {
        const exact = h.reduce((a, b) => a + b, 0);
        const warning = warningText(sheet(h.map((x) => x / 100)));
        expect(warning !== undefined).toBe(exact !== 10_000);
        if (warning) expect(warning).toContain(exact > 10_000 ? '超出 100%' : '不足 100%');
      }),
      { numRuns: 1000 },
    );
  });
});
