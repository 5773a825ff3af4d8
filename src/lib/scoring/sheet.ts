import type { Scorecard } from './types.ts';

const assumed = (b: { assumption: boolean } | undefined) =>
  b?.assumption ? { assumption: true } : undefined;

/**
 * What a grader island carries of a sheet: what grading and its display read. The
 * description, sources, notes and assumptions are on the page around it already; leaving them out
 * keeps them from being written into the page a second time, as the island's props.
 */
export function graderSheet(card: Scorecard): Scorecard {
  const { title, titleEn, period, maxTotal, grades } = card;
  return {
    title,
    ...(titleEn ? { titleEn } : {}),
    period,
    maxTotal,
    grades,
    indicators: card.indicators.map(
      ({ unitBasis: _u, weightBasis: _w, levelsBasis: _l, ...ind }) => ind,
    ),
    deductions: card.deductions.map(
      ({ allowanceBasis: _a, maxCountBasis: _m, perUnitBasis, maxBasis, ...d }) => ({
        ...d,
        ...(assumed(perUnitBasis) ? { perUnitBasis: assumed(perUnitBasis)! } : {}),
        ...(assumed(maxBasis) ? { maxBasis: assumed(maxBasis)! } : {}),
      }),
    ),
  };
}
