// The scorecard grader's words (zh-CN): the widget's labels and what the scoring
// engine says, as templates with {slots}. Each language's strings are bundled with
// that language's island entries only (ScorecardGrader.zh.tsx, .en.tsx), so neither
// rides in the other's script.
import type { StepKey } from '../../lib/explain/index.ts';
import type { Templates } from '../../lib/scoring/index.ts';
import type { Widen } from '../zh.ts';
import { errors, sheetStatus, weightSteps } from './shared-zh.ts';

export { errors, sheetStatus, weightSteps };

/** 计算过程: one template a kind of step (src/lib/scoring/steps.ts). */
export const steps: Templates<StepKey> = {
  rate: '完成率 = {actual} ÷ {plan} × 100% = {x}%',
  value: '{label} = {x}',
  valueRounded: '{label} = {x}(输入 {typed},保留两位小数)',
  points: '{n} 分',
  pointsIsScore: '得分 = 评分 = {p}',
  pointsIsValue: '得分 = 数值 = {p}',
  floorBelow: '{x} 低于 {floor},按完成比率法得 {p}',
  capAbove: '{x} 高于 {cap},按完成比率法最多得 {p}',
  floorMetRate: '{x} 不低于 {floor},按完成比率法,得分 = 完成率 = {p}',
  floorMetValue: '{x} 不低于 {floor},按完成比率法,得分 = 数值 = {p}',
  anchorExact: '{x} 正好是计分点 {mark},得 {p}',
  anchorBelow: '{x} 低于最低计分点 {mark},按 {mark} 计,得 {p}',
  anchorAbove: '{x} 高于最高计分点 {mark},按 {mark} 计,得 {p}',
  anchorBetween: '{x} 介于 {x0} 与 {x1} 之间,按线性插值:{formula} = {p}',
  level: '等级:{level}',
  levelLines: '等级:{level}({pass} 合格,{excellent} 优秀)',
  lineScore: '{line}分',
  weighted: '加权得分 = {points} × {weight}% = {weighted}',
  deductNone: '{label} {count} 次,未超过 {allowance} 次,不扣分',
  deduct: '{label} {count} 次,超出 {allowance} 次的 {over} 次 × {perUnit} 分 = {raw} 分',
  deductCapped:
    '{label} {count} 次,超出 {allowance} 次的 {over} 次 × {perUnit} 分 = {raw} 分,最多扣 {max} 分,扣 {deduction} 分',
  normalized: '权重原合计 {sum}%,已按比例折算为 100%',
  weightedSum: '加权合计 = {list} = {sum}',
  deducted: '扣分 = {list} = {sum}',
  deductedOne: '扣分 = {sum}',
  totalBelowZero: '总分 = {formula} = {net},低于 0,按 0 计 = {total}',
  totalAboveMax: '总分 = {formula} = {net},超过满分 {max},按满分计 = {total}',
  totalNet: '总分 = {formula} = {total}',
  total: '总分 = {total}',
  grade: '等级:{grade}',
  gradeAtLeast: '等级:{grade}(总分 {total} ≥ {min})',
  gradeBelow: '等级:{grade}(总分 {total} < {min})',
  gradeOfLevel: '{grade},属{level}',
  优秀: '优秀',
  合格: '合格',
  不合格: '不合格',
};

export const grader = {
  lang: 'zh-CN',
  errors,
  steps,
  weightSteps,
  sheetStatus,
  /** /tools/scorecard/'s picker. */
  pick: '选择考核表',
  option: '{title}({role})',
  /** A unit of the sheet, after a field's label. */
  unit: '({unit})',
  plan: '计划',
  actual: '实际',
  valuePct: '数值(%)',
  score: '评分(0–100 分)',
  weightPct: '权重(%)',
  /** What x is called in a row: completion rate, value or score. */
  xRate: '完成率',
  xValue: '数值',
  xScore: '评分',
  /** After a score or points: 86.00 分. */
  pointsAfter: ' 分',
  fixAbove: '请先改正上面的输入',
  fillFirst: '填写后显示得分',
  points: '得分',
  deduction: '扣分项:{label}',
  times: '{label}(次)',
  rule: '超过 {allowance} 次的部分每次扣 {perUnit} 分{perUnitMark},最多扣 {max} 分{maxMark}',
  ruleEnd: '。',
  ruleDeducted: ' 本项扣 {n} 分。',
  assumption: '(假设)',
  standard: '合格 {op} {pass},优秀 {op} {excellent}',
  gridView: '表格视图(考核表格式)',
  entries: '{title}:填写',
  person: '被考核人',
  period: '考核期间',
  periodExample: '例如 2026年11月',
  share: '复制分享链接',
  shared: '链接已复制,打开它可以看到同样的填写内容。',
  notShared: '无法自动复制,请复制浏览器地址栏中的链接。',
  print: '打印考核表',
  reset: '清空重填',
  /** The result panel. */
  result: '评分结果:{title}',
  weightSum: '权重合计',
  weightsShort: ',还差 {n}%',
  weightsOver: ',多出 {n}%',
  normalize: '按比例折算为100%',
  normalized: '已按比例折算:',
  listSep: ',',
  total: '总分',
  /** A level as a badge or beside a grade. */
  levels: { 优秀: '优秀', 合格: '合格', 不合格: '不合格' },
  gradeLevel: '{grade}({level})',
  summaryOk: '总分 {total},等级 {grade}',
  summaryWeights: '权重有误,暂不计算总分',
  summaryInvalid: '有 {n} 项输入需要改正,暂不计算总分',
  summaryEmpty: '还有 {n} 项未填写,填完后计算总分',
  chartKey: '虚线:达到合格线的得分;实线:达到优秀线的得分。',
  chart: '各指标得分:{list}',
  chartEmpty: '未填',
  working: '计算过程',
  noSteps: '未填写或有误',
  stepsAfter: ':{steps}',
  /** The grid. */
  gridHelp:
    '用方向键在单元格之间移动(回车下移);从 Excel 或 WPS 复制一列数字,粘贴到第一个单元格即可依次填入下面各行。',
  grid: '{title}:考核表',
  pasted: '已粘贴 {n} 个单元格',
  pastedEnd: '。',
  dropped: ';另有 {n} 个值超出表格,没有填入。',
  sum: '合计',
  /** 004's 考核表 columns, shared by the grid and the printout. */
  head: ['序号', '指标', '标准', '计划', '实际', '完成率', '权重(%)', '得分'],
  /** The printout. */
  periods: { month: '月度', quarter: '季度', year: '年度' },
  printPeriod: '考核周期',
  printWeight: '权重',
  printRule: '超过 {allowance} 次每次扣 {perUnit} 分,最多 {max} 分',
  printTotal: '总分',
  printGrade: '等级',
  notGraded: '未计算:表中有未填写或需改正的项目',
  signers: ['被考核人', '考核人', '审核人'],
  signature: '{who}(签字)',
  date: '日期',
  appendix: '附:计算过程',
};

/** The shape of every language's grader strings: a missing or extra key is a type error. */
export type GraderStrings = Widen<typeof grader>;
