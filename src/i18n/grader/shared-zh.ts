// What both graders say (zh-CN): the engine's refusals and its word on weights, and
// the sheet picker's status. A module of its own, so that the team grader's script
// carries these and not the scorecard grader's other strings.
import type { MessageKey, Templates, WeightStepKey } from '../../lib/scoring/index.ts';

/** Why a typed value was refused, or what is worth a word: what is wrong and what to type instead. */
export const errors: Templates<MessageKey> = {
  empty: '这一项还没有填写。请输入数字,例如 1050 或 95.5。',
  'not-a-number': '这不是一个数字。请输入数字,例如 1050 或 95.5(可带千分位逗号,不要写“万”或 1e5)。',
  'too-large': '数字太大(超过 1,000,000,000,000)。请检查是否多输了几个 0。',
  'rate-too-large':
    '完成率太大,无法计算:实际值是计划值的 100 亿倍以上(完成率超过 1,000,000,000,000%)。' +
    '请检查计划值是否少输了几个 0,或实际值是否多输了几个 0。',
  'out-of-range': '超出范围。请输入 0 到 100 之间的数字,例如 95.5。',
  'out-of-range-between': '超出范围。请输入 {min} 到 {max} 之间的数字。',
  'plan-not-positive': '计划值必须大于 0,否则无法计算完成率。请输入大于 0 的计划值,例如 1000。',
  negative: '实际值不能是负数。请输入 0 或更大的数字,例如 950。',
  'not-integer': '次数必须是整数。请输入 0、1、2 这样的整数。',
  'weight-out-of-range': '权重须在 0 到 100 之间。请输入百分数,例如 40 表示 40%。',
  'negative-actual': '实际值为负数(如退货多于销售),完成率按负值计算。请确认这不是输入错误。',
  'looks-like-fractions':
    '权重合计为 1,像是按小数填写的。请填写百分数,例如 40 表示 40%,而不是 0.4。',
};

/** What the engine says about a sheet's weights (the grader's and the team grader's). */
export const weightSteps: Templates<WeightStepKey> = {
  weightsRefused: '有 {n} 项权重未填写或有误,请先改正权重(0 到 100 之间的数字)。',
  weightsAllZero: '权重全部为 0,无法按比例折算;请至少给一项填写大于 0 的权重。',
  weightsShort: '权重合计 {sum}%,还差 {missing}%;请把权重补足到 100%,或选择按比例折算为 100%。',
  weightsOver: '权重合计 {sum}%,多出 {over}%;请把权重调整为合计 100%,或选择按比例折算为 100%。',
  weightsFractions: errors['looks-like-fractions'],
  sheetWeightsUnder:
    '来源原表的权重合计为 {sum}%,不足 100%。请补足各项权重,或勾选“按比例折算为100%”后计算。',
  sheetWeightsOver:
    '来源原表的权重合计为 {sum}%,超出 100%。请调整各项权重,或勾选“按比例折算为100%”后计算。',
};

/** A picked sheet loading, or failing to: the note beside a sheet picker. */
export const sheetStatus = {
  loading: '正在载入考核表“{title}”……',
  failed: '无法载入考核表“{title}”{why}。请检查网络连接后点“重试”,或刷新页面。',
  http: '({status})',
  retry: '重试',
};
