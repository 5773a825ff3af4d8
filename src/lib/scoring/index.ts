export { gradeScorecard, bandFor } from './grade-scorecard.ts';
export { gradeIndicator } from './grade-indicator.ts';
export { parseNumber, MAX_MAGNITUDE, type Parsed } from './parse-number.ts';
export { round2 } from './round2.ts';
export { formatNumber, formatPlain } from './format.ts';
export { pointsFor, levelFor } from './points.ts';
export { resolveWeights } from './weights.ts';
export { errorMessage, ERROR_MESSAGES, WARNING_MESSAGES, type ErrorCode, type WarningCode } from './errors.ts';
export type * from './types.ts';
