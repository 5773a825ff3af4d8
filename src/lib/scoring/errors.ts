/** Why a typed value was refused. */
export type ErrorCode =
  | 'empty'
  | 'not-a-number'
  | 'too-large'
  | 'out-of-range'
  | 'plan-not-positive'
  | 'negative'
  | 'not-integer'
  | 'weight-out-of-range';

export type WarningCode = 'negative-actual';

/** What is wrong and what to type instead, for the message beside the field. */
export const ERROR_MESSAGES: Record<ErrorCode, string> = {
  empty: '请填写这一项。',
  'not-a-number': '这不是一个数字。请输入数字,例如 1050 或 95.5(可带千分位逗号)。',
  'too-large': '数字太大了(超过一万亿)。请检查是否多输了几个 0。',
  'out-of-range': '超出范围。请输入 0 到 100 之间的数字。',
  'plan-not-positive': '计划值必须大于 0,否则无法计算完成率。',
  negative: '实际值不能是负数。',
  'not-integer': '次数必须是整数,例如 0、1、2。',
  'weight-out-of-range': '权重须在 0 到 100 之间,例如 40 表示 40%。',
};

export const WARNING_MESSAGES: Record<WarningCode, string> = {
  'negative-actual': '实际值为负(如退货多于销售),完成率按负值计算。',
};

/** The message for a code, with the allowed range when it is not 0–100. */
export function errorMessage(code: ErrorCode, range?: { min: number; max: number }): string {
  if (code === 'out-of-range' && range) return `超出范围。请输入 ${range.min} 到 ${range.max} 之间的数字。`;
  return ERROR_MESSAGES[code];
}
