// The scoring engine's public API (docs/scoring.md).
// Pure TypeScript: no DOM, UI framework or Astro.
export { gradeScorecard } from './grade-scorecard.ts';
export { graderSheet } from './grader-sheet.ts';
// The engine's number rules (src/lib/number), re-exported because results are read through them.
export { formatNumber, parseNumber, round2, type Parsed } from '../number/index.ts';
export { gradeLabel } from './grade-label.ts';
export { errorMessage, weightMessage, WARNING_MESSAGES } from './errors.ts';
export type { ErrorCode, WarningCode } from './errors.ts';
/** Points for a measured value: the grader's chart marks where the pass and excellent lines score. */
export { pointsFor } from './points.ts';
export { sheetWeightSum, sheetWeightWarning, weightGap, weightSum } from './weights.ts';
export type * from './types.ts';
export { emptyState, encodeState, inputsOf, type SheetState } from './url-state.ts';
// decodeState lives in './decode-state.ts' (imported on demand: it brings the schema library).
