// Turns a parsed job description into draft content entries shaped like the
// curated ones in content/ (roles, responsibilities, cases, glossary), and
// writes each as file text. Pure: the CLI reads and writes the files.
import { Document, isScalar, visit } from 'yaml';
import type { CollectionName } from '../../schemas/ref.ts';
import type { ParsedJD } from './parse-jd.ts';
import { splitList } from './jd-text.ts';

export interface DepartmentName {
  id: string;
  /** The department's name and its aliases. */
  names: string[];
}

export interface DraftOptions {
  /** The role's id (kebab-case), also the prefix of every other draft's id. */
  role: string;
  /** The source file the document is, one of src/schemas/common.ts SOURCES. */
  source: string;
  /** The role's Chinese name; else taken from the document's title line. */
  title?: string | undefined;
  /** Departments to link coordination lines to, by name or alias. */
  departments?: DepartmentName[];
}

export interface Draft {
  collection: CollectionName;
  id: string;
  data: Record<string, unknown>;
  /** What the author must check in this draft, written at the top of the file. */
  todo: string[];
}

/** Written where the document gives nothing for a required field. */
export const MISSING = '(来源未给出,请补充)';
export const NOT_DETAILED = '来源只列出此项职责,未展开日常任务、协调沟通和工作成果。';

/** 渠道专员岗位说明书(示例) → 渠道专员. */
export function roleTitleFrom(line: string): string {
  return line
    .replace(/[(（][^)）]*[)）]/g, '')
    .replace(/(岗位说明书|岗位手册|岗位职责说明|岗位职责|说明书|手册)$/, '')
    .trim();
}

/** The ids of the departments a sentence names, longest names first so 客户服务部门 beats 客服. */
export function departmentsIn(text: string, departments: DepartmentName[]): string[] {
  const names = departments
    .flatMap((d) => d.names.map((name) => ({ id: d.id, name })))
    .filter((n) => n.name)
    .sort((a, b) => b.name.length - a.name.length);
  let rest = text;
  const found: string[] = [];
  for (const { id, name } of names) {
    if (!rest.includes(name)) continue;
    rest = rest.split(name).join('\u0000');
    if (!found.includes(id)) found.push(id);
  }
  return found;
}

const joined = (parts: string[]) => parts.join('');

export function makeDrafts(jd: ParsedJD, options: DraftOptions): Draft[] {
  const { role, source } = options;
  const sources = [source];
  const departments = options.departments ?? [];
  const drafts: Draft[] = [];

  const title = options.title ?? (jd.title ? roleTitleFrom(jd.title) : '');
  const a = jd.appraisal;
  const appraisal = {
    ...(a.cycle.length ? { cycle: joined(a.cycle) } : {}),
    ...(a.dimensions.length ? { dimensions: a.dimensions } : {}),
    ...(a.standards.length ? { standards: a.standards } : {}),
    ...(a.excellence.length ? { excellence: a.excellence } : {}),
  };
  drafts.push({
    collection: 'roles',
    id: role,
    data: {
      title: title || `${MISSING}岗位名称`,
      summary: jd.duties.length ? jd.duties.map((d) => d.title).join('') : MISSING,
      ...(Object.keys(appraisal).length ? { appraisal } : {}),
      source: sources,
    },
    todo: [
      ...(title ? [] : ['title: 文件里没有岗位名称,请填写(或用 --title 指定)。']),
      'summary: 由核心职责清单拼成,请改写为一段岗位概述。',
      '其余字段(汇报关系、任职资格、薪酬、培训等)见 npm run new -- roles 示例。',
    ],
  });

  for (const d of jd.duties) {
    const detailed = d.tasks.length + d.coordination.length + d.deliverables.length > 0;
    drafts.push({
      collection: 'responsibilities',
      id: `${role}-${d.order}`,
      data: {
        role,
        order: d.order,
        title: d.title,
        ...(d.label ? { label: d.label } : {}),
        tasks: d.tasks,
        ...(d.coordination.length
          ? {
              coordination: d.coordination.map((text) => {
                const ids = departmentsIn(text, departments);
                return ids.length ? { text, departments: ids } : { text };
              }),
            }
          : {}),
        ...(d.deliverables.length ? { deliverables: d.deliverables } : {}),
        ...(detailed ? {} : { note: NOT_DETAILED }),
        source: sources,
      },
      todo: ['id: 可改为 <岗位>-<序号>-<英文短名>,与 content/responsibilities 里的一致。'],
    });
  }

  jd.cases.forEach((c, i) => {
    const missing = (
      ['background', 'problem', 'method', 'communication', 'result'] as const
    ).filter((k) => !c[k].length);
    // One line of comma-separated actions is a list (000); numbered lines are steps (001).
    const method = c.method.length === 1 ? splitList(c.method[0]!) : c.method;
    const text = (parts: string[]) => (parts.length ? joined(parts) : MISSING);
    const caseDepartments = departmentsIn(joined(c.communication), departments);
    drafts.push({
      collection: 'cases',
      id: `${role}-case-${i + 1}`,
      data: {
        title: c.title,
        roles: [role],
        ...(caseDepartments.length ? { departments: caseDepartments } : {}),
        background: text(c.background),
        problem: text(c.problem),
        method: method.length ? method : [MISSING],
        communication: text(c.communication),
        result: text(c.result),
        source: sources,
      },
      todo: [
        ...missing.map((k) => `${k}: 案例里没有这一项,请补充。`),
        'responsibilities / kpis: 请链接到本案例对应的职责和 KPI。',
      ],
    });
  });

  jd.terms.forEach((t, i) => {
    drafts.push({
      collection: 'glossary',
      id: `${role}-term-${i + 1}`,
      data: {
        term: t.term,
        ...(t.alias ? { aliases: [t.alias] } : {}),
        ...(t.heading !== t.term ? { sourceTerm: t.heading } : {}),
        definitions: [{ text: t.definition, source: sources, kind: 'quoted' }],
        source: sources,
      },
      todo: ['id: 请改为英文短名,如 customer-satisfaction;related / kpis 可链接相关词条和 KPI。'],
    });
  });

  return drafts;
}

const EXT: Partial<Record<CollectionName, string>> = { roles: '.mdx', guides: '.mdx' };

/** The file a draft goes to, relative to the content folder. */
export function draftPath(d: Draft): string {
  return `${d.collection}/${d.id}${EXT[d.collection] ?? '.yaml'}`;
}

/** YAML in the curated files' style: short lists of ids (source, departments, roles) inline. */
export function toYaml(data: Record<string, unknown>): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Seq(_, node) {
      if (node.items.every((n) => isScalar(n) && /^[\w.-]+$/.test(String(n.value))))
        node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** The file text of a draft, with what to check written on top. */
export function draftText(d: Draft, from: string): string {
  const head = [`草稿:由 npm run import 从 ${from} 生成,请逐项核对后再发布。`, ...d.todo]
    .map((l) => `# ${l}`)
    .join('\n');
  const body = toYaml(d.data);
  if (d.collection === 'roles' || d.collection === 'guides') return `---\n${head}\n${body}---\n`;
  return `${head}\n${body}`;
}
