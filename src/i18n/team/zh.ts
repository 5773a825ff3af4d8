// The team grader's words (zh-CN), as templates with {slots}: bundled with the widget's
// Chinese island entry (TeamGrader.zh.tsx) and no other. The CSV template's columns
// (姓名, each indicator's label) are a data format the grader reads back, not words
// of the page: they stay as src/lib/team/template.ts writes them, on every page.
import type { Templates } from '../../lib/scoring/index.ts';
import type { SheetKey } from '../../lib/team-xlsx/index.ts';
import type { TeamReasonKey } from '../../lib/team/index.ts';
import { errors, sheetStatus, weightSteps } from '../grader/shared-zh.ts';
import type { Widen } from '../zh.ts';

/** Why a cell or the CSV was refused: the engine's refusals and the CSV's own problems. */
export const reasons: Templates<TeamReasonKey> = {
  ...errors,
  unclosedQuote:
    'CSV 格式有误:第 {line} 行有一个引号没有闭合,其后的内容都被读进了同一格。请检查该行的双引号是否成对。',
  duplicateColumn: '这一列与前面的列重名,只使用前面那一列。请删除或改名重复的列。',
};

export const team = {
  lang: 'zh-CN',
  reasons,
  weightSteps,
  sheetStatus,
  /**
   * What reading an .xlsx sheet says: loaded with the .xlsx code, only when a workbook
   * is opened, so the page's first script does not carry it.
   */
  sheetWords: () => import('./sheet-zh.ts').then((m) => m.sheet),
  /** The forced distribution's bands, best first. */
  bands: ['优秀', '合格', '待改进'],
  levels: { 优秀: '优秀', 合格: '合格', 不合格: '不合格' },
  gradeLevel: '{grade}({level})',
  /** The input. */
  pick: '选择考核表',
  templateCsv: '下载模板 CSV',
  templateXlsx: '下载模板 Excel',
  paste: '粘贴 CSV 内容',
  pasteHint:
    '第一行是列名(与模板相同,顺序不限),以下每人一行;从 Excel 或 WPS 复制的表格也可以直接粘贴。',
  upload: '或上传 CSV 或 Excel(.xlsx)文件',
  pickSheet: '选择工作表',
  grade: '评分',
  reading: '正在读取 {file}…',
  noSheets: '{file} 里没有工作表。',
  bookRead: '已读取工作簿 {file}(工作表「{sheet}」)。',
  bookReadMany: '已读取工作簿 {file}:共 {n} 张工作表,先用第一张「{sheet}」,可在下面选择另一张。',
  fileRead: '已读取文件 {file}。',
  fileFailed: '无法读取文件 {file},请改为复制内容后粘贴。',
  loadFailed: '无法加载读写 Excel 的程序,请检查网络后重试,或改用 CSV。',
  csvLoadFailed: '无法加载生成 CSV 文件的程序,请检查网络后重试。',
  notXlsx:
    '无法读取这个文件:它不是 .xlsx 工作簿(旧版 .xls 请在 Excel 或 WPS 中另存为 .xlsx,或导出 CSV)。',
  /** Downloads: file names (the extension follows) and the CSV's trail section. */
  templateFile: '{title}-模板',
  resultsFile: '{title}-评分结果',
  /** Notes over the results. */
  normalized: '权重原合计 {sum}%,已按比例折算为 100% 计算。',
  normalize: '按比例折算为100%',
  wrongSheet: '列名与这张考核表对不上,请确认是否选对了考核表。',
  missingColumns: '缺少这些列,对应的项按未填写处理:{columns}。可以下载模板 CSV 对照列名。',
  unknownColumns: '这些列不是本考核表的项目,已忽略:{columns}。',
  columnSep: '、',
  sheetNotes: '读取工作表时发现:',
  errorsTitle: '需要改正的地方',
  errorLine: '第 {line} 行:{reason}',
  errorCell: '第 {line} 行,「{column}」:{reason}{typed}',
  typed: '(输入的值:{value})',
  summary: '共 {people} 人,已评分 {graded} 人,{errors} 处错误',
  /** The results table and the files. */
  results: '评分结果',
  tableRegion: '评分结果表',
  tableCaption: '各项指标按各自规则折算的得分、扣分、总分与等级',
  headLine: '行号',
  headName: '姓名',
  headPoints: '{label}得分',
  headRate: '{label}完成率',
  headTotal: '总分',
  headGrade: '等级',
  headBand: '建议分布',
  headNote: '说明',
  noteCell: '「{column}」{reason}',
  deduction: '扣分',
  deductionOf: '扣分:{label}',
  totalErrors: '有错误',
  totalWeights: '权重有误',
  totalMissing: '缺少数据',
  unnamed: '(未填姓名)',
  resultsSheet: '考核结果',
  trailSheet: '校准记录',
  trailHead: ['序号', '姓名', '总分', '原分布', '调整后', '理由'],
  downloadCsv: '下载结果 CSV',
  downloadXlsx: '下载结果 Excel',
  /** The forced distribution. */
  showDist: '显示强制分布建议',
  sharesLegend: '各档比例(%,从好到差,合计 100)',
  share: '{band}(%)',
  shareErrors: {
    notNumber: '请在三项比例中都填写 0 到 100 之间的数字。',
    outOfRange: '每项比例须在 0 到 100 之间。',
    sumNot100: '三项比例合计须为 100%,现在是 {sum}%。',
  },
  distOut: '按总分排名建议:{counts}。这只是参考,不改变按分数得出的等级。',
  bandCount: '{band} {n} 人',
  listSep: ',',
  smallGroup: '人数少于 {n} 人,强制分布仅供参考。',
  /** The overview, loaded after a first grading. */
  overviewLoading: '正在准备团队概览…',
  overviewFailed: '无法加载团队概览,请刷新页面后重试。',
  glance: '团队概览',
  gradesTitle: '等级分布',
  gradesChart: '等级分布:{list}',
  gradesCaption: '各等级人数(共 {n} 人)',
  ungraded: '未评分',
  colGrade: '等级',
  colPeople: '人数',
  colShare: '占比',
  spreadTitle: '各指标的平均与离散',
  spreadCaption:
    '只计已填写该项的人;标准差按全队计算(总体标准差)。完成率或数值:比率类指标为完成率,其余为填写的数值。',
  spreadHead: ['指标', '人数', '平均得分', '得分标准差', '最低–最高得分', '平均完成率或数值'],
  scoreUnit: '分',
  nearTitle: '离上一等级不到 1 分的人',
  nearNone: '没有人的总分在上一等级分数线下 1 分以内。',
  near: '{name}:总分 {total}({grade}),差 {short} 分到「{next}」',
  /** The calibration, loaded when the forced distribution is shown. */
  calLoading: '正在准备校准工具…',
  calFailed: '无法加载校准工具,请刷新页面后重试。',
  cross: '强制分布与绝对等级对照',
  crossCaption: '每格是按分数得出某一等级(行)、在强制分布中(校准后)落在某一档(列)的人数',
  crossCorner: '等级 \\ 分布',
  sum: '合计',
  calibrated: '校准后人数',
  suggested: '强制分布建议人数',
  moveLegend: '调整分布(校准)',
  moveHint:
    '把一个人调到另一档,必须写明理由;每次调整都记入校准记录,随下载的结果一起导出。更改比例或重新评分会清空调整。绝对等级不变。',
  movePerson: '调整的人',
  personOption: '{name}(第 {line} 行,{total} 分,{band})',
  moveTo: '调整到',
  moveReason: '调整理由(必填)',
  move: '调整',
  undo: '撤销上一次调整',
  moved: '已把{name}从「{from}」调整到「{to}」,已记入校准记录。',
  undone: '已撤销对{name}的调整。',
  nowIn: '{name}现在在「{band}」,按分数的等级是「{grade}」。',
  moveProblems: {
    noPerson: '找不到这个人:请先评分,再调整分布。',
    noBand: '请选择调整后的分布:{bands}之一。',
    sameBand: '{name}已在「{band}」中,请选择另一档。',
    noReason: '请填写调整理由:每一次调整都要写明原因,导出时记入校准记录。',
    sep: '、',
  },
  trail: '校准记录',
  trailCaption: '校准记录(按调整先后)',
};

/** The shape of every language's team grader strings. */
export type TeamStrings = Widen<Omit<typeof team, 'sheetWords'>> & {
  sheetWords: () => Promise<Templates<SheetKey>>;
};
