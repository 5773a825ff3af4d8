// The engines' phrases in the Chinese the widgets show (src/i18n), for tests that read them.
import { errors, steps, weightSteps } from '../../src/i18n/grader/zh.ts';
import { reasons } from '../../src/i18n/team/zh.ts';
import { errorPhrase, say, type ErrorCode, type WarningCode } from '../../src/lib/scoring/index.ts';
import type { Step } from '../../src/lib/explain/index.ts';

export { reasons };

/** The Chinese message beside a field for an error or warning code. */
export const errorMessage = (code: ErrorCode | WarningCode, range?: { min: number; max: number }) =>
  say(errors, errorPhrase(code, range));

/** A step of 计算过程 in Chinese. */
export const stepText = (s: Step) => say({ ...steps, ...weightSteps }, s);
