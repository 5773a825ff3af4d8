// The target breakdown's words (zh-CN), as templates with {slots}: bundled with the
// widget's Chinese island entry (TargetBreakdown.zh.tsx) and no other.
import type { FormError } from '../../lib/targets/index.ts';
import type { Widen } from '../zh.ts';

/** What is wrong with a field and what to type instead. */
const errors: Record<FormError, string> = {
  annualNaN:
    '这不是一个金额。请输入数字,例如 1200000 或 1,200,000.50(可用全角数字;不要写“万”或 1e6)。',
  annualNegative: '年度目标不能是负数。请输入 0 或更大的金额,例如 1200000。',
  annualLarge: '金额太大:最多 10,000,000,000 元。请检查是否多输了几个 0。',
  annualDecimals: '金额最多两位小数(精确到分)。请输入例如 1200000.50。',
  yearEmpty: '请填写年份,例如 2026。',
  yearBad: '年份须是 {min} 到 {max} 之间的整数。请输入四位年份,例如 2026。',
  shareEmpty: '请填写这一季度的占比,例如 25 表示 25%。',
  shareNaN: '这不是一个数字。请输入百分数,例如 25 表示 25%。',
  shareRange: '占比须在 0 到 100 之间。请输入例如 25。',
  shareDecimals: '占比最多两位小数。请输入例如 33.33。',
};

export const targets = {
  lang: 'zh-CN',
  errors,
  /** The form. */
  form: '填写目标',
  annual: '年度目标(元)',
  year: '年份',
  noData:
    '{year} 年的法定节假日安排还没有收录(已收录:{years} 年),已按周一至周五计算工作日,节假日和调休上班日未计入。',
  yearSep: '、',
  days: '工作日',
  daysOfficial: '按法定节假日和调休(国务院办公厅通知)',
  daysWeekdays: '只算周一至周五',
  split: '季度分配',
  splitEqual: '平均(每季度 25%)',
  splitCustom: '自定义占比',
  share: '{quarter}(%)',
  sumFix: '合计:请先改正标出的占比。',
  sumExact: '合计 {total},正好 100%。',
  sumShort: '合计 {total},还差 {gap}。请调整各季度占比,使合计为 100%。',
  sumOver: '合计 {total},超出 {gap}。请调整各季度占比,使合计为 100%。',
  monthMode: '月度分配方式(季度内分到三个月)',
  monthsByDays: '按各月工作日天数',
  monthsEqual: '平均分配',
  /** The results. */
  results: '分解结果',
  pendingFix: '请先改正上面标出的输入,再显示分解结果。',
  pendingShares: '季度占比合计须为 100%,现在是 {total}。',
  pendingEmpty: '填写年度目标后,这里显示按季度、月、周和工作日的分解。',
  updated: '已更新:{quarters} 元;12 个月合计 {months} 元,等于年度目标。',
  listSep: ',',
  summary: '{year} 年共 {days} 个工作日({rule}),{weeks} 个 ISO 周;年度目标 {annual} 元。',
  ruleOfficial: '扣除法定节假日,计入调休上班日',
  ruleWeekdays: '周一至周五,未扣除法定节假日',
  basis: '节假日依据:{citation}。',
  /** A notice as cited: 《title》(docNo,date). */
  citation: '《{title}》({no}{date})',
  citationNo: '{no},',
  /** A notice's date; {mon} is the month's full name in `months`. */
  date: '{y}年{m}月{d}日',
  byQuarter: '按季度',
  byMonth: '按月',
  byWeek: '按周',
  byDay: '按工作日',
  quarterHead: ['季度', '占比', '工作日', '目标(元)'],
  monthHead: ['月份', '季度', '工作日', '目标(元)'],
  weekHead: ['周', '日期', '工作日', '目标(元)'],
  dayHead: ['日期', '星期', '周', '目标(元)'],
  sum: '合计',
  equal: ' = 年度目标 ✓',
  unequal: ' ≠ 年度目标',
  download: '下载 CSV(按工作日的日计划)',
  file: '销售目标分解-{year}-按工作日.csv',
  weeks: '按周({n} 周)',
  workdays: '按工作日({n} 天)',
  quarters: ['第一季度', '第二季度', '第三季度', '第四季度'],
  quarterMonths: ['1–3月', '4–6月', '7–9月', '10–12月'],
  months: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
  /** The months as a date names them: {mon} in a template. */
  monthsShort: [
    '1月',
    '2月',
    '3月',
    '4月',
    '5月',
    '6月',
    '7月',
    '8月',
    '9月',
    '10月',
    '11月',
    '12月',
  ],
  /** A day as 3月5日. */
  monthDay: '{m}月{d}日',
  weekdays: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  /** The daily plan's CSV: its columns and the total row's label. */
  csvHead: ['日期', '星期', 'ISO周', '月份', '季度', '目标(元)'],
};

/** The shape of every language's target breakdown strings. */
export type TargetStrings = Widen<typeof targets>;
