// The formal 岗位说明书 of a role, as HR files it (source 002 is the model): a header
// table, numbered sections, notes and a sign-off block. The role page's print view and
// the .docx both follow this one plan, so they cannot drift apart.
import type { PersonRef, RoleData } from '../../schemas/index';
import { SOURCES, type SourceFile, type SourcedNumber } from '../../schemas/common';
import { formatLine, hasAssumption, type KpiLines } from '../content/kpi-lines';
import type { RolePage } from '../content/role-page';

/** The formal sections in their order, and the role-page sections each one gathers. */
export const FORMAL_SECTIONS = [
  { key: 'overview', title: '岗位概述', parts: ['summary', 'departments'] },
  { key: 'responsibilities', title: '岗位职责', parts: ['responsibilities'] },
  { key: 'qualifications', title: '任职资格', parts: ['qualifications'] },
  { key: 'appraisal', title: '绩效考核', parts: ['kpis', 'scorecards', 'appraisal'] },
  { key: 'pay', title: '薪酬福利', parts: ['pay'] },
  { key: 'training', title: '培训与发展', parts: ['training'] },
  { key: 'career', title: '职业发展', parts: ['career'] },
  { key: 'rules', title: '注意事项', parts: ['rules', 'risks'] },
] as const;

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** How a role-page section prints: the numbered heading, a part under one, or left out. */
export type PrintRole =
  | { kind: 'heading'; heading: string; order: number }
  | { kind: 'sub'; order: number }
  | { kind: 'omit' };

/**
 * For each role-page section present, how it prints. A formal section whose parts the
 * role lacks is left out and the numbering closes up; the first part present carries the
 * numbered heading, the others follow under it.
 */
export function printPlan(present: readonly string[]): Map<string, PrintRole> {
  const have = new Set(present);
  const plan = new Map<string, PrintRole>();
  let n = 0;
  for (const f of FORMAL_SECTIONS) {
    const parts = f.parts.filter((p) => have.has(p));
    if (parts.length === 0) continue;
    n += 1;
    parts.forEach((p, i) =>
      plan.set(
        p,
        i === 0
          ? { kind: 'heading', heading: `${NUMERALS[n - 1]}、${f.title}`, order: n }
          : { kind: 'sub', order: n },
      ),
    );
  }
  for (const id of present) if (!plan.has(id)) plan.set(id, { kind: 'omit' });
  return plan;
}

/** The numbered headings of the formal document, in order. */
export function formalHeadings(present: readonly string[]): string[] {
  return [...printPlan(present).values()].flatMap((p) => (p.kind === 'heading' ? [p.heading] : []));
}

export function personName(p: PersonRef, titles: ReadonlyMap<string, string>): string {
  return 'role' in p ? (p.name ?? titles.get(p.role.id) ?? p.role.id) : p.name;
}

export interface RevisionDate {
  date: string;
  from: 'git' | 'build';
}

/** The header table's rows: label and value, leaving out what the content does not give. */
export function headerRows(
  r: RoleData,
  titles: ReadonlyMap<string, string>,
  revised: RevisionDate,
): [string, string][] {
  const names = (list: PersonRef[]) => list.map((p) => personName(p, titles)).join('、');
  const rows: [string, string | undefined][] = [
    ['岗位名称', r.title],
    ['所属部门', r.department],
    ['直接上级', names(r.reportsTo) || r.reportsToNote],
    ['直接下级', names(r.directReports)],
    ['岗位性质', r.nature],
    ['工作地点', r.location],
    ['修订日期', revised.from === 'git' ? revised.date : `${revised.date}(构建日期,无修订历史)`],
  ];
  return rows.filter((x): x is [string, string] => Boolean(x[1]));
}

/** The latest of several ISO dates (the role file and its responsibilities). */
export function latestRevision(dates: readonly RevisionDate[]): RevisionDate {
  const git = dates.filter((d) => d.from === 'git').map((d) => d.date);
  if (git.length > 0) return { date: git.sort().at(-1)!, from: 'git' };
  return dates[0] ?? { date: new Date().toISOString().slice(0, 10), from: 'build' };
}

export type Block =
  | { kind: 'p'; text: string }
  | { kind: 'sub'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean; start?: number }
  | { kind: 'table'; head: string[]; rows: string[][] };

export interface FormalSection {
  heading: string;
  blocks: Block[];
}

export interface FormalDoc {
  title: string;
  header: [string, string][];
  sections: FormalSection[];
  notes: string[];
  signoff: string[];
}

export const SIGNOFF = ['编制', '审核', '批准'];

const mark = (n: SourcedNumber | undefined) => (n?.assumption ? '(假设)' : '');

/** A KPI's lines in words, as the role page shows them, with every 假设 marked. */
export function linesText(l: KpiLines): string {
  const show = (n: SourcedNumber) => formatLine(l.direction, n.value, l.unit) + mark(n);
  const parts: string[] = [];
  if (l.pass) parts.push(`合格 ${show(l.pass)}`);
  if (l.excellent) parts.push(`优秀 ${show(l.excellent)}`);
  let out = parts.length > 0 ? parts.join(';') : '来源未给出合格 / 优秀线';
  if (l.goal) out += `;工作计划目标 ${show(l.goal)}(是目标,不是合格线)`;
  if (l.unit?.assumption && (l.pass || l.excellent || l.goal))
    out += `(单位“${l.unit.value}”为假设)`;
  return out;
}

/** The whole formal document of a role, for the .docx. */
export function formalDoc(
  r: RoleData,
  page: RolePage,
  titles: ReadonlyMap<string, string>,
  revised: RevisionDate,
  body: string | undefined,
): FormalDoc {
  const parts = new Map<string, Block[]>();
  const put = (id: string, blocks: Block[]) => parts.set(id, blocks);

  const summary: Block[] = [{ kind: 'p', text: r.summary }];
  const extra = body
    ?.split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('import '));
  for (const l of extra ?? [])
    summary.push(
      l.startsWith('#') ? { kind: 'sub', text: l.replace(/^#+\s*/, '') } : { kind: 'p', text: l },
    );
  if (r.scope.length)
    summary.push({ kind: 'sub', text: '管辖范围' }, { kind: 'list', items: r.scope });
  put('summary', summary);

  if (page.departments.length || r.workflow.length) {
    const b: Block[] = [];
    if (page.departments.length)
      b.push(
        { kind: 'sub', text: '协作部门' },
        { kind: 'p', text: page.departments.map((d) => d.data.name).join('、') },
      );
    if (r.workflow.length)
      b.push({ kind: 'sub', text: '工作流程' }, { kind: 'list', items: r.workflow });
    put('departments', b);
  }

  const resp: Block[] = [];
  for (const g of page.byVersion) {
    if (g.label) resp.push({ kind: 'p', text: `${g.label}:${g.items.length} 项职责` });
    g.items.forEach((x, i) => {
      const d = x.data;
      resp.push({ kind: 'sub', text: `${i + 1}. ${d.title}` });
      if (d.note) resp.push({ kind: 'p', text: d.note });
      if (d.tasks.length)
        resp.push({ kind: 'list', items: d.tasks, ordered: true, start: d.taskStart ?? 1 });
      if (d.coordination.length)
        resp.push(
          { kind: 'p', text: '协调沟通:' },
          { kind: 'list', items: d.coordination.map((c) => c.text) },
        );
      if (d.deliverables.length)
        resp.push({ kind: 'p', text: '工作成果:' }, { kind: 'list', items: d.deliverables });
    });
  }
  put('responsibilities', resp);

  const quals: Block[] = [];
  for (const q of r.qualifications) {
    if (q.label) quals.push({ kind: 'sub', text: q.label });
    const rows: string[][] = [];
    if (q.education) rows.push(['教育背景', q.education]);
    if (q.experience) rows.push(['工作经验', q.experience]);
    if (q.skills.length) rows.push(['技能要求', q.skills.join('\n')]);
    if (q.other) rows.push(['其他', q.other]);
    quals.push({ kind: 'table', head: ['项目', '要求'], rows });
  }
  put('qualifications', quals);

  put('kpis', [
    {
      kind: 'table',
      head: ['考核指标', '合格 / 优秀线'],
      rows: page.kpis.map(({ kpi, lines }) => [kpi.data.name, linesText(lines)]),
    },
  ]);
  put(
    'scorecards',
    page.scorecards.map((c) => ({ kind: 'p', text: `考核表:${c.data.title}` }) as Block),
  );
  const a = r.appraisal;
  if (a) {
    const b: Block[] = [];
    if (a.cycle) b.push({ kind: 'p', text: `绩效考核周期:${a.cycle}` });
    if (a.content.length) b.push({ kind: 'p', text: `绩效考核内容:${a.content.join('、')}` });
    if (a.use) b.push({ kind: 'p', text: `绩效考核结果:${a.use}` });
    for (const [label, list] of [
      ['考核维度', a.dimensions],
      ['考核标准', a.standards],
      ['优秀表现', a.excellence],
    ] as const)
      if (list.length) b.push({ kind: 'sub', text: label }, { kind: 'list', items: list });
    put('appraisal', b);
  }
  put(
    'pay',
    r.pay.flatMap((p): Block[] => [
      ...(p.label ? [{ kind: 'sub', text: p.label } as Block] : []),
      { kind: 'list', items: p.items },
    ]),
  );
  put('training', [{ kind: 'list', items: r.training }]);
  if (r.careerPath)
    put('career', [
      { kind: 'p', text: r.careerPath.path.map((p) => personName(p, titles)).join(' → ') },
      ...(r.careerPath.note ? [{ kind: 'p', text: r.careerPath.note } as Block] : []),
    ]);
  put('rules', [{ kind: 'list', items: r.rules }]);
  if (r.risks)
    put('risks', [
      { kind: 'sub', text: '风险与防范' },
      { kind: 'list', items: r.risks.items },
      ...(r.risks.mitigations.length
        ? [
            { kind: 'p', text: '防范措施:' } as Block,
            { kind: 'list', items: r.risks.mitigations } as Block,
          ]
        : []),
      ...(r.risks.note ? [{ kind: 'p', text: r.risks.note } as Block] : []),
    ]);

  const plan = printPlan(page.sections.map((s) => s.id));
  const byOrder = new Map<number, FormalSection>();
  for (const s of page.sections) {
    const p = plan.get(s.id)!;
    if (p.kind === 'omit') continue;
    const target = byOrder.get(p.order) ?? { heading: '', blocks: [] };
    byOrder.set(p.order, target);
    if (p.kind === 'heading') target.heading = p.heading;
    if (s.versions) target.blocks.push({ kind: 'p', text: `出自:${s.versions.join('、')}` });
    if (s.note) target.blocks.push({ kind: 'p', text: s.note });
    target.blocks.push(...(parts.get(s.id) ?? []));
  }
  // Print order follows the formal numbering, not the page's reading order.
  const sections = [...byOrder].sort(([a], [b]) => a - b).map(([, s]) => s);

  const notes = [
    `本说明书内容出自:${r.source.map((f: SourceFile) => `${f}(${SOURCES[f]})`).join(';')}。`,
    '标明“由本手册整理”的文字是本手册依据来源整理的,其余为原文照录。',
  ];
  if (r.versions.length > 1)
    notes.push(
      `来源收录了本岗位的 ${r.versions.length} 份岗位说明书(${r.versions.map((v) => v.label).join('、')}),各节标明出自哪一版。`,
    );
  if (page.kpis.some((k) => hasAssumption(k.lines)) || page.assumptions)
    notes.push('标注“假设”的数字来源未给出,是为计算而设的示例值,不是公司规定。');
  return {
    title: `${r.title}岗位说明书`,
    header: headerRows(r, titles, revised),
    sections,
    notes,
    signoff: SIGNOFF,
  };
}
