import type { Scorecard } from './types.ts';

/** Keeps whether each number is 假设 and drops its quoted source, which the page prints already. */
function marks<T extends object>(o: T, keys: readonly (keyof T)[]): T {
  const out = { ...o };
  for (const k of keys) {
    const b = o[k] as { assumption: boolean } | undefined;
    if (b) out[k] = { assumption: b.assumption } as T[keyof T];
  }
  return out;
}

/**
 * A sheet as a grader island carries it in its page: every number and rule the engine
 * grades by, and which numbers are 假设, without the source quotes, the description,
 * the list of assumptions or the English title, which the page around the grader shows.
 * A role page's HTML carries its sheet once as text and once as the island's props; this
 * keeps the second copy to what grading needs.
 */
export function graderSheet(card: Scorecard): Scorecard {
  const { description: _description, titleEn: _titleEn, ...rest } = card;
  return {
    ...rest,
    assumptions: [],
    indicators: card.indicators.map((i) => {
      const slim = marks(i, ['unitBasis', 'weightBasis']);
      if (i.levelsBasis) slim.levelsBasis = marks(i.levelsBasis, ['pass', 'excellent']);
      return slim;
    }),
    deductions: card.deductions.map((d) =>
      marks(d, ['allowanceBasis', 'perUnitBasis', 'maxBasis', 'maxCountBasis']),
    ),
  };
}
