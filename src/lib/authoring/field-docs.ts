// What each field of each collection means, in Chinese, with an example, for
// the files `npm run new` writes. The field list itself comes from the zod
// schemas (scaffold.ts); a test checks that every schema field is described
// here, so a new field cannot go unexplained.
import type { CollectionName } from '../../schemas/ref.ts';

export interface FieldDoc {
  /** What the field is, one sentence. */
  what: string;
  /**
   * A value that passes the schema, shown in the comment (and used when the field is
   * required). Left out where no value passes on its own (it depends on another entry).
   */
  example?: unknown;
}

const SOURCE_EXAMPLE = ['000_37ae6bba8ae01b67.txt'];
const source: FieldDoc = {
  what: '来源文件:本条目依据 sources/ 里的哪份文件,可写多个',
  example: SOURCE_EXAMPLE,
};

export const FIELD_DOCS: Record<CollectionName, Record<string, FieldDoc>> = {
  roles: {
    title: { what: '岗位名称', example: '待填写:岗位名称' },
    titleEn: { what: '岗位英文名', example: 'Customer Representative' },
    order: { what: '在首页和目录里的排序,数字小的在前', example: 10 },
    department: { what: '所属部门', example: '销售部' },
    reportsTo: {
      what: '直接上级:写职位名称;手册里有的岗位写 role: <岗位id>',
      example: ['销售部经理', { role: 'business-director' }],
    },
    directReports: { what: '直接下属,写法同 reportsTo', example: ['客户专员'] },
    scope: { what: '管辖范围,一项一行', example: ['本区域的客户开发与维护'] },
    nature: { what: '岗位性质', example: '全职' },
    location: { what: '工作地点', example: '公司总部' },
    summary: {
      what: '岗位概述:一段话说明这个岗位做什么',
      example: '待填写:一段话说明这个岗位做什么、对谁负责。',
    },
    kpis: {
      what: '本岗位考核的 KPI:kpi 写 content/kpis 里的 id;来源给出的合格线 pass、优秀线 excellent 要写出处 source(file 与 quote)或 assumption: true',
      example: [
        'sales-attainment',
        { kpi: 'customer-satisfaction', pass: { value: 80, assumption: true } },
      ],
    },
    versions: {
      what: '来源里同一岗位有几版说明书时,逐版列出(id 与名称);职责再用 version 注明出自哪一版',
      example: [
        { id: 'v1', label: '第一版' },
        { id: 'v2', label: '第二版' },
      ],
    },
    sectionVersions: {
      what: '有多版时,每一节出自哪一版(节的 id,如 summary、qualifications)',
      example: { qualifications: ['v1', 'v2'] },
    },
    conflicts: {
      what: '各版说法不一致之处:主题和每一版的原话',
      example: [
        {
          topic: '工作经验',
          values: [
            { version: 'v1', text: '待填写:第一版原话' },
            { version: 'v2', text: '待填写:第二版原话' },
          ],
        },
      ],
    },
    compiled: {
      what: '哪些节的文字由本手册整理而非原文照录(页面上会标明“由本手册整理”)',
      example: ['summary'],
    },
    sectionNotes: {
      what: '写在某一节标题下的一句说明,例如“以下为摘录”或来源没有说明的事',
      example: { training: '待填写:例如 以下摘录来源所列的部分培训项目。' },
    },
    sectionQuotes: {
      what: '来源以整段文字写出的某一节,整段照录',
      example: { rules: '待填写:来源原文段落。' },
    },
    reportsToNote: {
      what: '来源提到上级但没有写明汇报关系时,照录来源怎么说(不要写成 reportsTo)',
      example: '待填写:来源原话。',
    },
    departments: {
      what: '职责之外还要配合的部门,写 content/departments 里的 id',
      example: ['finance'],
    },
    workflow: { what: '工作流程,按顺序一步一行', example: ['接收客户需求', '制定方案并报价'] },
    qualifications: {
      what: '任职资格:学历、经验、技能;来源有两个版本时用 label 区分',
      example: [
        { education: '大专及以上学历', experience: '两年以上销售经验', skills: ['沟通能力强'] },
      ],
    },
    pay: { what: '薪酬构成,每组一个 items 列表', example: [{ items: ['基本工资', '绩效奖金'] }] },
    appraisal: {
      what: '绩效考核:周期、内容、用途、考核维度、具体标准、优秀的表现',
      example: {
        cycle: '每月',
        dimensions: ['销售业绩达成率'],
        standards: ['按来源原文填写'],
        excellence: ['按来源原文填写'],
      },
    },
    training: { what: '培训内容,一项一行', example: ['产品知识培训'] },
    rules: { what: '岗位纪律或制度要求,一条一行', example: ['按时提交周报'] },
    careerPath: {
      what: '晋升路径:至少两级,可链接手册里的岗位',
      example: { path: [{ role: 'customer-representative' }, '销售主管'] },
    },
    risks: {
      what: '岗位风险与应对措施',
      example: { items: ['客户流失'], mitigations: ['定期回访'] },
    },
    source,
  },
  responsibilities: {
    role: { what: '属于哪个岗位,写 content/roles 里的 id', example: 'customer-representative' },
    order: { what: '在该岗位职责里的序号(职责一 = 1),同一岗位不能重复', example: 1 },
    taskStart: {
      what: '来源给日常任务编号时,第一项的编号(来源从 3 开始编号就写 3)',
      example: 3,
    },
    version: {
      what: '岗位列出 versions 时必填:这项职责出自哪一版(写版本 id,如 v1)',
    },
    title: { what: '职责内容,照来源原文', example: '待填写:职责内容' },
    titleEn: { what: '职责的英文译名(英文页面用;不写则显示中文并注明)', example: 'Sales reports' },
    label: { what: '来源里的编号或分组名', example: '职责一' },
    tasks: {
      what: '日常任务与步骤,按顺序一步一行',
      example: ['定期拜访现有客户,了解其最新需求与反馈。'],
    },
    coordination: {
      what: '协调沟通:每项是来源原句和其中提到的部门 id',
      example: [{ text: '与市场部协调,获取客户案例和成功故事。', departments: ['marketing'] }],
    },
    deliverables: { what: '工作成果或交付物,一项一行', example: ['客户关系维护计划'] },
    note: {
      what: '备注,例如来源只列出职责而没有展开',
      example: '来源只列出此项职责,未展开日常任务。',
    },
    source,
  },
  cases: {
    title: { what: '案例标题', example: '待填写:案例标题' },
    titleEn: { what: '案例标题的英文译名(英文页面用)', example: 'Meeting the sales target' },
    roles: { what: '涉及的岗位 id,至少一个', example: ['customer-representative'] },
    responsibilities: { what: '对应的职责 id', example: ['customer-representative-2-sales-plan'] },
    kpis: { what: '相关 KPI 的 id', example: ['sales-attainment'] },
    departments: { what: '案例中配合的部门 id', example: ['marketing'] },
    background: { what: '背景情境', example: '待填写:背景情境' },
    problem: { what: '工作问题或任务', example: '待填写:要解决的问题或任务' },
    method: { what: '具体操作或方法,一步一行', example: ['待填写:第一步'] },
    communication: { what: '沟通过程', example: '待填写:和谁沟通、怎样沟通' },
    result: { what: '最终交付成果', example: '待填写:结果和交付物' },
    source,
  },
  kpis: {
    name: { what: '指标名称', example: '待填写:指标名称' },
    nameEn: { what: '指标的英文名(英文页面与英文搜索用)', example: 'Customer satisfaction' },
    aliases: { what: '来源里的其他叫法', example: ['销售完成率'] },
    definition: { what: '定义,尽量用来源原话', example: '待填写:这个指标衡量什么' },
    formula: { what: '计算公式', example: '实际销售额 ÷ 目标销售额 × 100%' },
    formulaAssumption: { what: '公式不是来源给出、而是据其推出的,写 true', example: true },
    unit: {
      what: '单位,连同出处 source(file 与 quote)或 assumption: true',
      example: { value: '%', assumption: true },
    },
    direction: { what: '越高越好写 higher,越低越好写 lower', example: 'higher' },
    thresholds: {
      what: '不再使用:合格线、优秀线属于设定它们的岗位(岗位的 kpis 条目)或考核表,写在那里',
    },
    period: { what: '考核周期', example: '每月' },
    dataSource: { what: '数据从哪里来', example: 'CRM 系统' },
    notes: { what: '在哪张考核表或哪个维度中使用', example: ['000 绩效考核维度第 1 项'] },
    glossary: { what: '相关术语的 id', example: ['completion-rate'] },
    source,
  },
  scorecards: {
    title: { what: '考核表名称', example: '待填写:考核表名称' },
    titleEn: { what: '考核表的英文名(英文页面用)', example: 'Monthly appraisal sheet' },
    order: { what: '在岗位的几张考核表中的顺序,按来源给出的顺序', example: 1 },
    description: { what: '一句话说明', example: '每月对客户专员的考核。' },
    role: { what: '被考核的岗位 id', example: 'customer-representative' },
    period: { what: '考核周期:month / quarter / year', example: 'month' },
    source,
    maxTotal: { what: '满分', example: 100 },
    grades: {
      what: '等级:从高到低,最后一级不写 min;level 是 优秀 / 合格 / 不合格',
      example: [{ grade: '优秀', min: 90 }, { grade: '合格', min: 60 }, { grade: '不合格' }],
    },
    indicators: {
      what: '指标:id、名称、类型(ratio / percent / score)、权重、计分方式',
      example: [
        {
          id: 'indicator-1',
          label: '待填写:指标名称',
          kind: 'score',
          weight: 100,
          weightBasis: { assumption: true },
          scoring: { type: 'identity' },
        },
      ],
    },
    deductions: {
      what: '扣分项:免扣次数 allowance、每次扣分 perUnit、最多扣分 max、最多次数 maxCount',
      example: [
        {
          id: 'late-report',
          label: '报告逾期',
          allowance: 0,
          allowanceBasis: { assumption: true },
          perUnit: 1,
          perUnitBasis: { assumption: true },
          max: 5,
          maxBasis: { assumption: true },
          maxCount: 5,
          maxCountBasis: { assumption: true },
        },
      ],
    },
    assumptions: {
      what: '来源没有给出的数字,逐条写明(假设)',
      example: ['示例中的分数线 90 / 60 为假设,请按来源改写。'],
    },
  },
  glossary: {
    term: { what: '术语', example: '待填写:术语' },
    termEn: { what: '术语的英文(英文页面与英文搜索用)', example: 'Sales funnel' },
    aliases: { what: '其他写法,页面上遇到这些词也会链接到这里', example: ['关键绩效指标'] },
    sourceTerm: { what: '来源里的原标题(与 term 不同时)', example: 'KPI(关键绩效指标)' },
    definitions: {
      what: '定义:每份来源一条;kind 为 quoted(来源原话)或 compiled(据来源整理)',
      example: [{ text: '待填写:定义', source: SOURCE_EXAMPLE, kind: 'quoted' }],
    },
    related: { what: '相关术语的 id', example: ['kpi'] },
    kpis: { what: '相关 KPI 的 id', example: ['customer-satisfaction'] },
    source,
  },
  departments: {
    name: { what: '部门名称', example: '待填写:部门名称' },
    nameEn: { what: '部门的英文名(英文页面用)', example: 'Finance' },
    aliases: { what: '来源里的其他叫法', example: ['客户服务部门'] },
    description: { what: '部门说明', example: '负责售后咨询与投诉处理。' },
    source,
  },
  guides: {
    title: { what: '页面标题', example: '待填写:页面标题' },
    titleEn: { what: '页面标题的英文译名(英文页面用)', example: 'Visit management policy' },
    description: { what: '一句话说明,显示在目录和搜索结果里', example: '待填写:一句话说明' },
    kind: {
      what: '类型:plan(计划)/ policy(制度)/ form(表单)/ authoring(编写说明)',
      example: 'policy',
    },
    roles: { what: '相关岗位的 id', example: ['key-account-manager'] },
    order: { what: '在目录里的排序', example: 10 },
    source: { ...source, what: '来源文件;本项目自己写的说明页可以不写' },
  },
  onboarding: {
    title: { what: '清单标题,如“客户代表入职清单”', example: '待填写:清单标题' },
    role: { what: '清单所属岗位的 id', example: 'customer-representative' },
    intro: {
      what: '标题下的一段说明:清单给谁用、怎么用',
      example: '新员工与带教人一起对照本清单,每周回顾一次。',
    },
    week: {
      what: `第一周要做的事。每项写 text(要做的事)和 responsibility(本岗位一项职责的 id);可加 task(该职责日常任务的步骤号)或 deliverable(该职责的一项工作成果,照原样写)`,
    },
    month: { what: '第一个月要做的事,写法同 week' },
    quarter: { what: '第一季度要做的事,写法同 week' },
  },
};
