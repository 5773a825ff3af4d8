// The engines' phrases in the Chinese the widgets show (src/i18n), for tests that read them.
import { errors, steps, weightSteps } from '../../src/i18n/grader/zh.ts';
import { reasons, team as zhTeam } from '../../src/i18n/team/zh.ts';
import { sheet } from '../../src/i18n/team/sheet-zh.ts';
import { errorPhrase, say, type ErrorCode, type WarningCode } from '../../src/lib/scoring/index.ts';
import type { Step } from '../../src/lib/explain/index.ts';
import type { SheetKey } from '../../src/lib/team-xlsx/index.ts';

export { reasons, zhTeam };

/** The Chinese message beside a field for an error or warning code. */
export const errorMessage = (code: ErrorCode | WarningCode, range?: { min: number; max: number }) =>
  say(errors, errorPhrase(code, range));

/** A step of 计算过程 in Chinese. */
export const stepText = (s: Step) => say({ ...steps, ...weightSteps }, s);

/** What reading an .xlsx sheet says, in Chinese. */
export const sheetText = (p: Parameters<typeof say<SheetKey>>[1]) => say(sheet, p);
