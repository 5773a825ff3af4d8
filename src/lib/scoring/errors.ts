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

/** What is wrong and what to type instead, for the message beside the field. */
export const ERROR_MESSAGES: Readonly<Record<ErrorCode, string>> = {
  empty: '这一项还没有填写。请输入数字,例如 1050 或 95.5。',
  'not-a-number': '这不是一个数字。请输入数字,例如 1050 或 95.5(可带千分位逗号,不要写“万”或 1e5)。',
  'too-large': '数字太大(超过 1,000,000,000,000)。请检查是否多输了几个 0。',
  'rate-too-large':
    '完成率太大,无法计算:实际值是计划值的 100 亿倍以上(完成率超过 1,000,000,000,000%)。' +
    '请检查计划值是否少输了几个 0,或实际值是否多输了几个 0。',
  'out-of-range': '超出范围。请输入 0 到 100 之间的数字,例如 95.5。',
  'plan-not-positive': '计划值必须大于 0,否则无法计算完成率。请输入大于 0 的计划值,例如 1000。',
  negative: '实际值不能是负数。请输入 0 或更大的数字,例如 950。',
  'not-integer': '次数必须是整数。请输入 0、1、2 这样的整数。',
  'weight-out-of-range': '权重须在 0 到 100 之间。请输入百分数,例如 40 表示 40%。',
};

export const WARNING_MESSAGES: Readonly<Record<WarningCode, string>> = {
  'negative-actual': '实际值为负数(如退货多于销售),完成率按负值计算。请确认这不是输入错误。',
  'looks-like-fractions':
    '权重合计为 1,像是按小数填写的。请填写百分数,例如 40 表示 40%,而不是 0.4。',
};

/** The message beside a typed weight: empty, or else out of range (a weight is a percentage). */
export function weightMessage(code: ErrorCode | undefined): string | undefined {
  if (!code) return undefined;
  return ERROR_MESSAGES[code === 'empty' ? 'empty' : 'weight-out-of-range'];
}

/**
 * The Chinese message for an error or warning code. For `out-of-range` on a
 * field whose range is not 0–100 (a deduction count), pass the range.
 */
export function errorMessage(
  code: ErrorCode | WarningCode,
  range?: { min: number; max: number },
): string {
  if (code === 'out-of-range' && range)
    return `超出范围。请输入 ${range.min} 到 ${range.max} 之间的数字。`;
  return code in ERROR_MESSAGES
    ? ERROR_MESSAGES[code as ErrorCode]
    : WARNING_MESSAGES[code as WarningCode];
}
