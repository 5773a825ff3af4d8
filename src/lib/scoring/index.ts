// The scoring engine's public API (scoring.md). Pure TypeScript: no DOM, UI framework or Astro.
export { gradeScorecard } from './grade-scorecard.ts';
export { round2 } from './round2.ts';
export { parseNumber, type Parsed } from './parse-number.ts';
export { formatNumber, gradeLabel } from './format.ts';
export { errorMessage, WARNING_MESSAGES, type ErrorCode, type WarningCode } from './errors.ts';
/** Points for a measured value: the grader's chart marks where the pass and excellent lines score. */
export { pointsFor } from './points.ts';
export type * from './types.ts';
export { emptyState, encodeState, inputsOf, type SheetState } from './url-state.ts';
// decodeState lives in './decode-state.ts' (imported on demand: it brings the schema library).
