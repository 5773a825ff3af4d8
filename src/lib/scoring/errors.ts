import type { Phrase } from '../phrase/index.ts';

/** Why a typed value was refused. */
export type ErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'too-large'
  | 'rate-too-large'
  | 'out-of-range'
  | 'plan-not-positive'
  | 'negative'
  | 'not-integer'
  | 'weight-out-of-range';

/** Accepted, but worth a word: a negative actual, or weights that look like fractions. */
export type WarningCode = 'negative-actual' | 'looks-like-fractions';

/** What a refusal or warning is worded from: its code, or `out-of-range-between` for a count. */
export type MessageKey = ErrorCode | WarningCode | 'out-of-range-between';

/** The message beside a typed weight: empty, or else out of range (a weight is a percentage). */
export function weightError(code: ErrorCode | undefined): ErrorCode | undefined {
  if (!code) return undefined;
  return code === 'empty' ? 'empty' : 'weight-out-of-range';
}

/**
 * The message for an error or warning code, as a phrase for the reader's language
 * (src/i18n/grader/). For `out-of-range` on a field whose range is not 0–100 (a
 * deduction count), pass the range.
 */
export function errorPhrase(
  code: ErrorCode | WarningCode,
  range?: { min: number; max: number },
): Phrase<MessageKey> {
  return code === 'out-of-range' && range
    ? { key: 'out-of-range-between', vars: { min: range.min, max: range.max } }
    : { key: code };
}
