// The scoring engine's public API (docs/scoring.md).
// Pure TypeScript: no DOM, UI framework or Astro.
export { gradeScorecard } from './grade-scorecard.ts';
// The engine's number rules (src/lib/number), re-exported because results are read through them.
export { formatNumber, parseNumber, round2, type Parsed } from '../number/index.ts';
export { gradeText, type GradeWords } from './grade-text.ts';
export { errorPhrase, weightError } from './errors.ts';
export type { ErrorCode, MessageKey, WarningCode } from './errors.ts';
export { weightsSteps, type WeightStepKey } from './weight-steps.ts';
// 计算过程 (the steps behind the figures) is src/lib/explain: only the scorecard grader shows it.
// Phrases are worded with say() from the reader's language's templates.
export { fill, say, type Phrase, type Templates } from '../phrase/index.ts';
/** Points for a measured value: the grader's chart marks where the pass and excellent lines score. */
export { pointsFor } from './points.ts';
export { sheetWeightSum, sheetWeightWarning, weightGap, weightSum } from './weights.ts';
export type * from './types.ts';
export { graderSheet } from './sheet.ts';
export { emptyState, encodeState, inputsOf, type SheetState } from './url-state.ts';
// decodeState lives in './decode-state.ts' (imported on demand: it brings the schema library).
