import type { z } from 'astro/zod';
import { plainRef } from '../../schemas/ref.ts';
import { ONBOARDING_STAGES, type OnboardingStage } from '../../schemas/onboarding.ts';
import { COLLECTION_REGISTRY, COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path shown in messages, e.g. content/roles/customer-representative.mdx. */
  file: string;
  data: unknown;
  /** Finds the line of a field in the file, for messages; optional. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface Problem {
  file: string;
  line?: number | undefined;
  /** Dotted path of the field, or (file) / (file name) / (folder) for the file itself. */
  field: string;
  /** What is wrong, in Chinese (a scorecard rule keeps the schema's own words). */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `file:line: field: message — 提示:hint`, the form every content problem is reported in. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field || '(entry)'}: ${p.message} — 提示:${p.hint}`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  boolean: 'true 或 false',
  array: '列表',
  object: '带字段的对象',
};
const typeZh = (t: string) => TYPE_ZH[t] ?? t;
const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : typeof v;
const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join('、');

const SOURCE_HINT =
  '写上出处 source: { file: 来源文件名, quote: 原文中给出这个数的那句话 },或写 assumption: true 标为假设';

/** Chinese hints for the scorecard rules, by the field the rule names. */
const RULE_HINTS: [RegExp, string][] = [
  [/anchors(\.\d+)?$/, '锚点写成 [x, 分数],x 从小到大排列,分数随 x 变好而不降低'],
  [
    /levels\.(pass|excellent)$/,
    '合格线不能比优秀线更好:越高越好时 pass ≤ excellent,越低越好时相反',
  ],
  [/grades\.\d+\.min$/, '等级从高到低排列,每档写 min,最后一档不写 min'],
  [/grades\.\d+\.level$/, '字母等级要写 level: 优秀、合格或不合格'],
  [/\.id$/, '同一考核表内的指标和扣分项 id 不能重复'],
  [/direction$/, 'ratio(实际÷计划)指标只能是 higher;越低越好请用 percent 或 score'],
  [/scoring(\.\w+)?$/, '越低越好的指标请用 anchors 计分;floor 要小于 cap'],
  [/(\.source|Basis)$/, SOURCE_HINT],
  [/^thresholds$/, '把合格线、优秀线移到设定它们的岗位(kpis: 条目)或考核表上,并注明出处或假设'],
  [/sectionVersions/, '版本写成岗位 versions 里列出的 id'],
  [/(pass|excellent)/, '合格线与优秀线的方向要与 direction 一致'],
];

/** The Chinese reason and fix-it hint for one schema issue. */
function describe(
  issue: z.core.$ZodIssue,
  data: unknown,
  field: string,
): { message: string; hint: string } {
  let value: unknown = data;
  for (const key of issue.path)
    value =
      value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  const name = String(issue.path.at(-1) ?? field);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined)
        return {
          message: `缺少必填字段(应为${typeZh(issue.expected)})`,
          hint: `加上 ${name}: …;可参照同一文件夹里另一个文件的写法`,
        };
      return {
        message: `类型不对:应为${typeZh(issue.expected)},实为${typeZh(typeOf(value))} ${JSON.stringify(value)}`,
        hint:
          issue.expected === 'string'
            ? `文本可加引号,例如 ${name}: "${String(value)}"`
            : issue.expected === 'array'
              ? `列表写成 [a, b],或逐行以 "- " 开头`
              : `改成${typeZh(issue.expected)}`,
      };
    case 'unrecognized_keys':
      return {
        message: `未知字段:${issue.keys.join('、')}`,
        hint: '检查字段名的拼写;可用的字段见 src/schemas/ 里这个集合的 schema',
      };
    case 'invalid_value':
      return {
        message: `取值不对:${JSON.stringify(value)}`,
        hint: `只能是 ${list(issue.values)} 之一`,
      };
    case 'too_small':
      if (issue.origin === 'string')
        return { message: '不能为空', hint: `给 ${name} 写上内容,或删掉这一行(若它不是必填项)` };
      if (issue.origin === 'array' || issue.origin === 'set')
        return { message: `至少要有 ${String(issue.minimum)} 项`, hint: `在 ${name} 下补足条目` };
      return {
        message: `不能小于 ${String(issue.minimum)}`,
        hint: `把 ${name} 改成不小于 ${String(issue.minimum)} 的数`,
      };
    case 'too_big':
      if (issue.origin === 'array' || issue.origin === 'set')
        return { message: `最多 ${String(issue.maximum)} 项`, hint: `删去多余的条目` };
      return {
        message: `不能大于 ${String(issue.maximum)}`,
        hint: `把 ${name} 改成不大于 ${String(issue.maximum)} 的数`,
      };
    case 'invalid_format':
      // English names (titleEn, nameEn, termEn) are Latin text, not slugs.
      if (/En$/.test(name))
        return {
          message: `英文名称只能用英文字母、数字和常用标点:${JSON.stringify(value)}`,
          hint: `把 ${name} 写成英文,例如 Customer satisfaction;没有英文名就删掉这一行`,
        };
      return {
        message: `格式不对:${JSON.stringify(value)}`,
        hint: '用小写英文单词加连字符,例如 customer-representative',
      };
    case 'invalid_union':
      return {
        message: `写法不对:${JSON.stringify(value)}`,
        hint: '链接写成条目的 id(文件名),例如 customer-representative;人员可写姓名文本',
      };
    case 'custom': {
      const rule = RULE_HINTS.find(([re]) => re.test(field));
      return { message: issue.message, hint: rule ? rule[1] : '按上面的说明修改这个字段' };
    }
    default:
      return { message: issue.message, hint: '按上面的说明修改这个字段' };
  }
}

/** The edit distance of two short ids, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

/** The existing id closest to a mistyped one, if it is close enough to be the likely intent. */
function nearest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const other of ids) {
    const d = distance(id, other);
    if (d < bestD) [best, bestD] = [other, d];
  }
  return best;
}

/** Every {id, collection} link in a parsed entry, with the path where it sits. */
function* linksIn(
  value: unknown,
  path: PropertyKey[] = [],
): Generator<{ path: PropertyKey[]; id: string; collection: CollectionName }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* linksIn(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (
      keys.length === 2 &&
      typeof o['id'] === 'string' &&
      COLLECTIONS.includes(o['collection'] as CollectionName)
    ) {
      yield { path, id: o['id'], collection: o['collection'] as CollectionName };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* linksIn(v, [...path, k]);
  }
}

interface SheetIndicator {
  unit?: string;
  levels?: unknown;
  unitBasis?: unknown;
  weightBasis?: unknown;
  levelsBasis?: unknown;
}

/**
 * A scorecard's units, weights and levels each need a source or 假设. The engine's own
 * schema leaves these out so that test sheets stay short; content must say.
 */
function unsourcedNumbers(entry: RawEntry, value: unknown): Problem[] {
  const out: Problem[] = [];
  const indicators = (value as { indicators: SheetIndicator[] }).indicators;
  indicators.forEach((ind, i) => {
    const need = (field: string, has: boolean, what: string) => {
      if (has) return;
      const path = ['indicators', i, field];
      out.push({
        file: entry.file,
        line: entry.lineOf?.(path.slice(0, 2)),
        field: path.join('.'),
        message: `${what}: give its source (file and the quoted phrase) or assumption: true`,
        hint: SOURCE_HINT,
      });
    };
    if (ind.unit) need('unitBasis', Boolean(ind.unitBasis), `unit “${ind.unit}” has no basis`);
    need('weightBasis', Boolean(ind.weightBasis), 'the weight has no basis');
    if (ind.levels) need('levelsBasis', Boolean(ind.levelsBasis), 'the levels have no basis');
  });
  const deductions = (value as { deductions: Record<string, unknown>[] }).deductions;
  deductions.forEach((d, i) => {
    for (const field of ['allowance', 'perUnit', 'max', 'maxCount']) {
      if (d[`${field}Basis`]) continue;
      out.push({
        file: entry.file,
        line: entry.lineOf?.(['deductions', i]),
        field: `deductions.${i}.${field}Basis`,
        message: `${field} ${String(d[field])} has no basis: give its source (file and the quoted phrase) or assumption: true`,
        hint: SOURCE_HINT,
      });
    }
  });
  return out;
}

/** What a checklist item may point at in a responsibility. */
interface ResponsibilityFacts {
  role: string;
  taskStart: number;
  tasks: number;
  deliverables: string[];
}

interface ChecklistItem {
  responsibility: { id: string };
  task?: number;
  deliverable?: string;
}

/**
 * A checklist prepares a new hire for their own role: each item's responsibility must
 * be one of that role's, and a task number or deliverable must be one that
 * responsibility has. (Whether the responsibility exists is the link check's.)
 */
function onboardingProblems(
  entry: RawEntry,
  value: unknown,
  facts: Map<string, ResponsibilityFacts>,
): Problem[] {
  const out: Problem[] = [];
  const v = value as { role: { id: string } } & Record<OnboardingStage, ChecklistItem[]>;
  for (const stage of Object.keys(ONBOARDING_STAGES) as OnboardingStage[]) {
    v[stage].forEach((item, i) => {
      const at = (field: string) => ({
        file: entry.file,
        line: entry.lineOf?.([stage, i, field]),
        field: `${stage}.${i}.${field}`,
      });
      const r = facts.get(item.responsibility.id);
      if (!r) return;
      if (r.role !== v.role.id) {
        out.push({
          ...at('responsibility'),
          message: `职责 "${item.responsibility.id}" 属于岗位 "${r.role}",不是本清单的岗位 "${v.role.id}"`,
          hint: `改成岗位 ${v.role.id} 的职责(content/responsibilities/ 里 role: ${v.role.id} 的文件名),或把这一项移到岗位 ${r.role} 的清单`,
        });
        return;
      }
      const last = r.taskStart + r.tasks - 1;
      if (item.task !== undefined && (item.task < r.taskStart || item.task > last))
        out.push({
          ...at('task'),
          message: `职责 "${item.responsibility.id}" 没有第 ${item.task} 步日常任务`,
          hint:
            r.tasks > 0
              ? `写 ${r.taskStart} 到 ${last} 之间的步骤号(与岗位页上的编号一致),或删掉 task`
              : '这项职责没有列出日常任务:删掉 task',
        });
      if (item.deliverable !== undefined && !r.deliverables.includes(item.deliverable))
        out.push({
          ...at('deliverable'),
          message: `职责 "${item.responsibility.id}" 的工作成果里没有“${item.deliverable}”`,
          hint: r.deliverables.length
            ? `照原样写其中一项:${r.deliverables.join('、')};或删掉 deliverable`
            : '这项职责没有列出工作成果:删掉 deliverable',
        });
    });
  }
  return out;
}

/**
 * Validates all content at once and returns every problem, not just the first:
 * schema errors (missing fields, wrong types, scorecard rules), malformed or
 * duplicate ids, links to entries that do not exist, and clashing orders.
 */
export function validateEntries(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, string>>(COLLECTIONS.map((c) => [c, new Map()]));
  const parsed: { entry: RawEntry; value: unknown }[] = [];
  // One schema per collection, built once: a synthetic handbook has thousands of entries.
  const schemas = new Map(COLLECTIONS.map((c) => [c, COLLECTION_REGISTRY[c].schema(plainRef)]));

  for (const entry of entries) {
    const seen = ids.get(entry.collection)!;
    const ext = COLLECTION_REGISTRY[entry.collection].ext;
    if (!ID.test(entry.id))
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `文件名(即 id)"${entry.id}" 不是小写英文加连字符`,
        hint: `把文件改名为例如 ${
          entry.id
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')
            .replace(/^-|-$/g, '') || 'customer-representative'
        }${ext}`,
      });
    const clash = seen.get(entry.id.toLowerCase());
    if (clash)
      problems.push({
        file: entry.file,
        field: '(file name)',
        message: `id "${entry.id}" 重复:${clash} 已用了同一个 id`,
        hint: '给其中一个文件换一个名字(id 不区分大小写)',
      });
    else seen.set(entry.id.toLowerCase(), entry.file);

    const result = schemas.get(entry.collection)!.safeParse(entry.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = fieldOf(issue.path);
        problems.push({
          file: entry.file,
          line: entry.lineOf?.(issue.path),
          field,
          ...describe(issue, entry.data, field),
        });
      }
    } else parsed.push({ entry, value: result.data });
  }

  const orders = new Map<string, string>();
  // A role with several source versions: each of its responsibilities names one of them.
  const versionsOf = new Map<string, string[]>();
  for (const { entry, value } of parsed)
    if (entry.collection === 'roles')
      versionsOf.set(
        entry.id,
        (value as { versions: { id: string }[] }).versions.map((v) => v.id),
      );
  const facts = new Map<string, ResponsibilityFacts>();
  for (const { entry, value } of parsed)
    if (entry.collection === 'responsibilities') {
      const r = value as {
        role: { id: string };
        taskStart?: number;
        tasks: string[];
        deliverables: string[];
      };
      facts.set(entry.id, {
        role: r.role.id,
        taskStart: r.taskStart ?? 1,
        tasks: r.tasks.length,
        deliverables: r.deliverables,
      });
    }
  for (const { entry, value } of parsed) {
    for (const link of linksIn(value)) {
      const target = ids.get(link.collection)!;
      if (target.has(link.id)) continue;
      const { folder, ext } = COLLECTION_REGISTRY[link.collection];
      const guess = nearest(link.id, target.keys());
      problems.push({
        file: entry.file,
        line: entry.lineOf?.(link.path),
        field: fieldOf(link.path),
        message: `链接的${COLLECTION_REGISTRY[link.collection].kind}(${link.collection})"${link.id}" 不存在(没有 content/${folder}/${link.id}${ext})`,
        hint: guess
          ? `是不是 ${guess}?或先新建 content/${folder}/${link.id}${ext}`
          : `检查拼写;现有的 id 就是 content/${folder}/ 里的文件名,或先新建这个条目`,
      });
    }
    if (entry.collection === 'scorecards') problems.push(...unsourcedNumbers(entry, value));
    if (entry.collection === 'onboarding')
      problems.push(...onboardingProblems(entry, value, facts));
    if (entry.collection === 'responsibilities') {
      const r = value as { role: { id: string }; order: number; version?: string };
      // A role that failed its own schema is reported already; its versions are unknown.
      const versions = versionsOf.get(r.role.id);
      if (versions?.length && !(r.version && versions.includes(r.version)))
        problems.push({
          file: entry.file,
          field: 'version',
          message: `role "${r.role.id}" has versions ${versions.join(', ')}: say which one this is from`,
          hint: `加上 version: ${versions[0]}(或 ${versions.slice(1).join('、')}),写明这项职责出自哪一版`,
        });
      if (versions?.length === 0 && r.version)
        problems.push({
          file: entry.file,
          field: 'version',
          message: `role "${r.role.id}" has no versions: list them on the role`,
          hint: '删去 version,或先在岗位上列出 versions',
        });
      const key = `${r.role.id}#${r.order}`;
      const other = orders.get(key);
      if (other)
        problems.push({
          file: entry.file,
          line: entry.lineOf?.(['order']),
          field: 'order',
          message: `岗位 "${r.role.id}" 的 order ${r.order} 已被 ${other} 使用`,
          hint: '同一岗位的职责依次编号 1、2、3…,每个数只用一次',
        });
      else orders.set(key, entry.file);
    }
  }
  return problems;
}
