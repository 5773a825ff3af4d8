import type { CompareRowId, LineWords } from '../lib/content/compare';
import { COLLECTION_TITLES, KIND_LABELS } from '../schemas/registry';

/** Interface strings (zh-CN). Content text lives in content/, not here. */
export const ui = {
  siteName: '岗位手册',
  siteTagline: '销售与客户岗位的职责、流程、考核与案例',
  skip: '跳到正文',
  search: '搜索',
  searchLabel: '搜索手册',
  searchPlaceholder: '搜索岗位、KPI、术语…',
  nav: {
    roles: '岗位',
    kpis: 'KPI',
    glossary: '术语',
    departments: '部门',
    cases: '案例',
    guides: '指南',
  },
  /** Search kind of each collection (Pagefind filter, entry tags), from the registry. */
  kinds: KIND_LABELS,
  /** Index heading of each collection, from the registry. */
  collections: COLLECTION_TITLES,
  source: '出处',
  assumption: '假设',
  home: '首页',
  crumbs: '位置',
  mainNav: '主导航',
  siteSearch: '全站搜索',
  menu: '菜单',
  darkMode: '深色模式',
  toc: '本页目录',
  /** The language switch: a link to this page in the other language. */
  otherLanguage: 'English',
  otherLanguageLabel: '本页的英文版',
  languages: '语言',
  /** After a name shown in Chinese on an English page because it has no English name. */
  chineseOnly: '(仅中文)',
  footerNote:
    '内容出自五份岗位资料,见各页“出处”;原文照录,本手册自己整理的文字都标明“由本手册整理”。来源未给出的数字均标注为',
  authoringLink: '如何编写与发布岗位说明',
  sitemap: '站点地图',
  homePage: {
    description:
      '岗位手册:客户代表、商务总监、销售客户主管、大客户经理、客户专员的岗位职责、日常步骤、KPI 考核、真实案例与术语。',
    lead: '。新员工从自己的岗位读起:每天做什么、和谁协作、交付什么、怎样考核、下一步去哪里。',
    searchAria: '首页搜索',
    searchLabel: '搜索岗位、指标与术语',
    searchPlaceholder: '例如:客户满意度、销售漏斗、月度考核表',
    pickRole: '选择你的岗位',
    roleMeta: (duties: number, kpis: number) => `${duties} 项职责 · ${kpis} 项指标`,
    compare: '把五个岗位并排对比',
    compareNote: ':职责、考核指标、任职资格、薪酬与职业发展。',
    tools: '经理工具',
    toolScorecard: '考核表评分',
    toolScorecardNote: '按计划与实际算出各项得分、总分和等级,每步可查',
    toolTeam: '团队评分',
    toolTeamNote: '粘贴或上传全队的 CSV,一次算出每人的得分、总分和等级',
    toolTargets: '目标分解',
    toolTargetsNote: '年度目标分到季度、月、周和工作日,合计分毫不差',
    browse: '按类别浏览',
    count: (n: number) => `${n} 项`,
    kpisNote: '定义、合格线与优秀线',
    glossaryNote: '行业用语的准确定义',
    casesNote: '背景、方法、沟通与成果',
    scorecardsNote: '指标、权重与等级',
    departmentsNote: '谁需要与谁协调',
    guidesNote: '工作计划、制度与表单',
  },
  notFound: {
    title: '页面不存在',
    description: '没有找到这个页面。可以从首页选择岗位,或搜索手册。',
    lead: '这个地址没有对应的页面,可能已改名或输入有误。',
    home: '回到首页,选择你的岗位',
    roles: '查看全部岗位',
    search: '搜索手册',
  },
  searchPage: {
    title: '搜索',
    description: '搜索岗位手册:岗位、职责、案例、KPI、术语,可按类别筛选。',
    formAria: '搜索页',
    label: '关键词',
    placeholder: '例如:客户满意度',
    kinds: '只看这些类别',
    more: '显示更多结果',
    // What the page's script says, with {q}, {total}, {shown} and {n} filled in.
    messages: {
      searching: '正在搜索…',
      found: '“{q}”共 {total} 条结果',
      foundOne: '“{q}”共 1 条结果',
      showing: ',显示前 {shown} 条',
      none: '没有找到与“{q}”相关的页面',
      more: '显示更多结果(还有 {n} 条)',
    },
    noscript: '搜索需要浏览器启用 JavaScript。也可以从',
    noscriptRoles: '岗位列表',
    noscriptSep: '、',
    noscriptAnd: '和',
    noscriptGlossary: '术语表',
    noscriptEnd: '浏览。',
  },
  comparePage: {
    title: '岗位对比',
    description:
      '任选两个或三个岗位并排对照:部门与上级、职责、考核指标与合格/优秀线、考核表、任职资格、薪酬福利与职业发展,并标出哪些方面不同。',
    lead: '两个或三个岗位并排对照,每行标出“不同”或“相同”。每格内容取自各岗位页;来源没有写到的,标为“来源未写明”。',
    legend: '选择两个或三个岗位',
    pickerMore: (n: number) =>
      `这里列出前 ${n} 个岗位;其他岗位可在地址中写 ?roles=编号1,编号2(编号见岗位页地址)。`,
    submit: '对比所选岗位',
    noscript: '浏览器未启用 JavaScript:下表是默认的两个岗位;其他组合请打开各岗位页阅读。',
    caption: '岗位对比:每列一个岗位,每行一个方面,行首标出这一方面各岗位是否不同',
    /** Each row's label, by the row's id in src/lib/content/compare-view.ts. */
    rows: {
      department: '部门',
      reportsTo: '直接上级',
      directReports: '直接下级',
      nature: '岗位性质',
      responsibilities: '岗位职责',
      kpis: '考核指标与合格 / 优秀线',
      scorecards: '考核表',
      cycle: '考核周期',
      education: '学历',
      experience: '工作经验',
      pay: '薪酬福利',
      career: '职业发展',
      source: '出处',
    } satisfies Record<CompareRowId, string>,
    // What the page and its script say, with {titles}, {rows}, {differs}, {id} and {error}
    // filled in; the page hands them to the script as JSON on its form.
    messages: {
      status: '正在对比:{titles}。{rows} 个方面中有 {differs} 个不同。',
      sep: '、',
      lastSep: '、',
      differs: '不同',
      same: '相同',
      none: '来源未写明',
      notFound: '找不到岗位“{id}”',
      notId: '“{id}”不是岗位编号',
      count: '请选择两个或三个岗位',
      failed: '岗位数据没有载入',
      keptPrevious: '{error},下表仍是之前的岗位。',
      keptDefault: '{error}。下表仍是默认的岗位。',
    },
    // A KPI's lines in a cell, with {op}, {value}, {unit} and {line} filled in.
    lines: {
      line: '{op}{value}{unit}',
      pass: '合格 {line}',
      excellent: '优秀 {line}',
      assumed: '{line}(假设)',
      sep: ';',
      none: '来源未给出合格 / 优秀线',
      goal: ';工作计划目标 {line}(是目标,不是合格线)',
      unitAssumed: '(单位“{unit}”为假设)',
      after: ' ',
    } satisfies LineWords,
  },
  kpiPage: {
    aliases: '又称:',
    formula: '计算方式',
    formulaAssumption: '(来源未写明,按其用语推出)',
    unit: '单位',
    direction: '方向',
    higher: '越高越好',
    lower: '越低越好',
    period: '周期',
    dataSource: '数据来源',
    thresholds: '各岗位与考核表的合格线与优秀线',
    thresholdsNote:
      '合格线、优秀线属于设定它们的岗位或考核表,不属于指标本身;同一指标在不同岗位可能不同。',
    thresholdsTable: '各岗位的合格线与优秀线',
    owner: '岗位 / 考核表',
    pass: '合格',
    excellent: '优秀',
    basis: '出处 / 假设',
    notGiven: '来源未给出',
    noLines: '没有哪个岗位的来源给出这个指标的合格线或优秀线。',
    notes: '来源中的说明',
    roles: '使用这个指标的岗位',
    noRoles: '没有岗位把它列为考核指标。',
    scorecards: '使用这个指标的考核表',
    noScorecards: '没有考核表使用它。',
    cases: '相关案例',
    terms: '相关术语',
  },
  glossaryIndex: {
    title: '术语表',
    description: '销售与客户工作的常用术语:客户满意度、销售漏斗、KPI、SWOT分析等的定义与出处。',
    lead: '原文定义照录;来源只使用未定义的术语,按资料用法整理并注明。按拼音排序。',
    /** Beside a term whose definitions the handbook compiled. */
    compiledTag: '整理',
  },
  kpiIndex: {
    title: '关键绩效指标(KPI)',
    description: '手册中全部考核指标:定义、合格线与优秀线、使用它们的岗位与考核表。',
    lead: '合格线和优秀线属于设定它们的岗位或考核表;来源未给出的标注为“假设”。',
    kpi: '指标',
    lines: '各岗位与考核表的合格 / 优秀线',
    roles: '使用岗位',
  },
  rolesIndex: {
    title: '全部岗位',
    description:
      '手册收录的岗位:客户代表、商务总监、销售客户主管、大客户经理、客户专员的职责、考核与案例。',
    lead: '每个岗位一页:职责与日常步骤、协作部门、工作成果、考核指标、案例与职业发展。',
  },
  /** The calculators' pages (/tools/…): what the page says around its widget. */
  scorecardTool: {
    title: '考核表评分',
    description:
      '选择一张考核表,按计划与实际填写,即时得到完成率、各项得分、加权总分和等级,并显示每一步计算过程。',
    lead: '选择考核表,填写计划与实际(或评分),即可看到每项的完成率、等级、得分和加权总分;“计算过程”列出每一步算式。填写内容保存在网址中,复制链接即可分享同样的表。',
    noscript: '在线评分需要启用 JavaScript。可以打开各考核表页面查看计分方法:',
    allSheets: '全部考核表',
    notesBefore: '计分方法与假设见 ',
    notesLink: '考核表',
    notesAfter: ' 各页;来源未给出的数字均已注明。',
  },
  teamTool: {
    title: '团队评分',
    description:
      '选择一张考核表,粘贴或上传团队成员的 CSV 数据,一次得到每个人的各项得分、总分和等级,并列出需要改正的单元格。',
    leadBefore:
      '选择考核表并下载模板 CSV,在 Excel 或 WPS 中每人填写一行,再把内容粘贴到下面或上传文件,即可得到整个团队的各项得分、总分和等级。计分方法与单人的 ',
    leadLink: '考核表评分',
    leadAfter: ' 完全相同;有错误的单元格会标明行号、列名和原因,其他人照常评分。',
    noscript: '团队评分需要启用 JavaScript。可以打开各考核表页面查看计分方法,逐人手工计算:',
    allSheets: '全部考核表',
    notesBefore: '数据只在你的浏览器中计算,不会上传到服务器。计分方法与假设见 ',
    notesLink: '考核表',
    notesAfter: ' 各页。',
  },
  targetsTool: {
    title: '目标分解',
    description:
      '把年度销售目标分解到季度、月、周和每个工作日:按占比分季度,按工作日天数或平均分到各月,各级合计与年度目标分毫不差,可下载日计划 CSV。',
    roleLink: '客户代表',
    duty: ' 的职责二“制定销售计划,完成销售目标和业绩指标”中有一步:',
    sourceBefore: '(出处:',
    sourceAfter: ',客户代表岗位手册)',
    leadEnd: '填写年度目标,选择季度和月度的分配方式,即可得到每个季度、月、周和工作日的目标。',
    method:
      '计算以“分”为单位:先按占比分到季度,再分到季度内的三个月,再平均分到每个月的工作日;除不尽的零头按最大余数法分配,所以各季度、各月、各周、各工作日的合计都正好等于年度目标。周是这几天之和,跨月、跨季度的周按实际日期计入。',
    noteStrong:
      '工作日按国务院办公厅节假日安排通知计算(扣除法定节假日,计入调休上班日),只对有通知的年份;也可以选择只算周一至周五。',
    note: '如需按实际排班,请下载 CSV 后自行调整。填写内容保存在网址中,复制链接即可分享。',
    noscript:
      '目标分解需要浏览器启用 JavaScript。手工计算时:年度目标 × 季度占比得到季度目标,再按各月工作日天数分到月,按工作日平均分到日。',
  },
  /** The heading over a scorecard's grader on a role or scorecard page. */
  gradeHere: '在线评分',
  /** Under a scorecard grader on a role or scorecard page, when scripts do not run. */
  graderNoscript: '在线评分需要浏览器启用 JavaScript;上表列出了计分方法,可以据此手工计算。',
} as const;

export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : { -readonly [K in keyof T]: Widen<T[K]> };
/** The shape every locale's strings have: a missing or extra key is a type error. */
export type Ui = Widen<typeof ui>;
