// The file `npm run new -- <collection> <id>` writes: every field of the
// collection's zod schema, in schema order, with a Chinese comment (what it
// is, required or not, an example). Required fields get a value that passes
// the content check as written; optional ones are commented out.
import { z } from 'astro/zod';
import type { RawEntry } from '../content/validate.ts';
import { COLLECTION_REGISTRY, COLLECTION_TITLES } from '../../schemas/registry.ts';
import { plainRef, type CollectionName } from '../../schemas/ref.ts';
import { toYaml } from '../import/drafts.ts';
import { FIELD_DOCS } from './field-docs.ts';
import { draftChecklist, type DraftResponsibility } from './onboarding-draft.ts';

export interface SchemaField {
  name: string;
  required: boolean;
}

/** A collection's top-level fields in schema order; required: neither a default nor optional. */
export function schemaFields(collection: CollectionName): SchemaField[] {
  const schema = COLLECTION_REGISTRY[collection].schema(plainRef);
  if (!(schema instanceof z.ZodObject)) throw new Error(`${collection}: schema is not an object`);
  return Object.entries(schema.shape as Record<string, z.ZodType>).map(([name, field]) => ({
    name,
    required: !field.safeParse(undefined).success,
  }));
}

/** What the scaffold needs from the existing content so its links resolve. */
export interface ScaffoldContext {
  /** Ids of existing entries per collection (roles at least, for links). */
  ids: Partial<Record<CollectionName, string[]>>;
  /** Orders already used by a role's responsibilities. */
  ordersOf?: (role: string) => number[];
  /** A role's title and responsibilities in order, for a checklist drafted from them. */
  roleOf?: (role: string) => { title: string; responsibilities: DraftResponsibility[] } | undefined;
}

/**
 * Optional fields written out anyway because the required ones use them: a
 * scorecard's example grade lines are numbers no source gave, so they are
 * listed as assumptions.
 */
const ALSO_FILLED: Partial<Record<CollectionName, string[]>> = { scorecards: ['assumptions'] };

/** The role a new checklist is for: the one its id names, else the first. */
const checklistRole = (id: string, ctx: ScaffoldContext) =>
  ctx.ids.roles?.includes(id) ? id : ctx.ids.roles?.[0];

function requiredValue(
  collection: CollectionName,
  id: string,
  field: string,
  ctx: ScaffoldContext,
): unknown {
  if (collection === 'onboarding') {
    const role = checklistRole(id, ctx);
    const facts = role ? ctx.roleOf?.(role) : undefined;
    if (role && facts) {
      const draft = draftChecklist({ id: role, title: facts.title }, facts.responsibilities);
      if (field in draft) return draft[field as keyof typeof draft];
    }
  }
  const role = ctx.ids.roles?.[0];
  if (role && collection === 'responsibilities' && field === 'role') return role;
  if (role && collection === 'responsibilities' && field === 'order')
    return Math.max(0, ...(ctx.ordersOf?.(role) ?? [])) + 1;
  if (role && collection === 'cases' && field === 'roles') return [role];
  if (role && collection === 'scorecards' && field === 'role') return role;
  return FIELD_DOCS[collection][field]?.example;
}

const yamlOf = (key: string, value: unknown) => toYaml({ [key]: value });
const commented = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `# ${l}`)
    .join('\n');

export interface Scaffold {
  /** Relative to the content folder: roles/<id>.mdx, cases/<id>.yaml … */
  path: string;
  text: string;
  /** The required fields, to tell the author what to fill in. */
  required: string[];
}

export function scaffold(collection: CollectionName, id: string, ctx: ScaffoldContext): Scaffold {
  const fields = schemaFields(collection);
  const docs = FIELD_DOCS[collection];
  const parts: string[] = [
    commented(
      [
        `新${COLLECTION_TITLES[collection]}条目 ${id}(文件名就是 id,发布后不要改)。`,
        '以 # 开头的行是说明,不会显示在网站上。',
        ...(collection === 'onboarding'
          ? [
              '清单是本手册的建议,不是来源原文:下面的事项由岗位的职责生成,',
              '请按实际带教安排改写、删减;每项要指向本岗位的一项职责。',
              '选填项去掉行首的 # 即可启用。改完运行 npm run check:content 检查。',
            ]
          : [
              '必填项已填入示例值,请全部改成来源里的内容;选填项去掉行首的 # 即可启用。',
              '来源没有给出的数字要标明是假设。改完运行 npm run check:content 检查。',
            ]),
      ].join('\n'),
    ),
  ];
  for (const f of fields) {
    const doc = docs[f.name];
    const what = doc?.what ?? '(此字段暂无说明,见 src/schemas/)';
    const filled = f.required || ALSO_FILLED[collection]?.includes(f.name);
    parts.push(`\n# ${f.name}:${what}。${f.required ? '必填' : '选填'}。`);
    if (filled) parts.push(yamlOf(f.name, requiredValue(collection, id, f.name, ctx)).trimEnd());
    else if (doc?.example !== undefined)
      parts.push(commented(`例:\n${yamlOf(f.name, doc.example)}`));
  }
  const yaml = parts.join('\n') + '\n';
  const ext = COLLECTION_REGISTRY[collection].ext;
  const text =
    ext === '.mdx'
      ? `---\n${yaml}---\n\n${collection === 'guides' ? '待填写:正文,用 Markdown 书写。\n' : ''}`
      : yaml;
  return {
    path: `${collection}/${id}${ext}`,
    text,
    required: fields.filter((f) => f.required).map((f) => f.name),
  };
}

/** What the scaffolds need, read from the entries of a content folder (not yet validated). */
export function scaffoldContext(entries: RawEntry[]): Required<ScaffoldContext> {
  const ids: Partial<Record<CollectionName, string[]>> = {};
  for (const e of entries) (ids[e.collection] ??= []).push(e.id);
  const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
  const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string') : []);
  const responsibilities = entries
    .filter((e) => e.collection === 'responsibilities')
    .map((e) => ({ id: e.id, data: (e.data ?? {}) as Record<string, unknown> }));
  const ofRole = (role: string) =>
    responsibilities
      .filter((r) => r.data['role'] === role && typeof r.data['order'] === 'number')
      .sort((a, b) => (a.data['order'] as number) - (b.data['order'] as number));
  return {
    ids,
    ordersOf: (role) => ofRole(role).map((r) => r.data['order'] as number),
    roleOf: (role) => {
      const entry = entries.find((e) => e.collection === 'roles' && e.id === role);
      const title = str((entry?.data as Record<string, unknown> | undefined)?.['title']);
      if (!title) return undefined;
      return {
        title,
        responsibilities: ofRole(role).map(({ id, data }) => ({
          id,
          title: str(data['title']) ?? id,
          label: str(data['label']),
          taskStart: typeof data['taskStart'] === 'number' ? data['taskStart'] : undefined,
          tasks: strs(data['tasks']),
          coordination: (Array.isArray(data['coordination']) ? data['coordination'] : [])
            .map((c) => str((c as Record<string, unknown> | null)?.['text']))
            .filter((t) => t !== undefined)
            .map((text) => ({ text })),
          deliverables: strs(data['deliverables']),
        })),
      };
    },
  };
}
