// The file `npm run new -- <collection> <id>` writes: every field of the
// collection's zod schema, in schema order, with a Chinese comment (what it
// is, required or not, an example). Required fields get a value that passes
// the content check as written; optional ones are commented out.
import { z } from 'astro/zod';
import { COLLECTION_REGISTRY, COLLECTION_TITLES } from '../../schemas/registry.ts';
import { plainRef, type CollectionName } from '../../schemas/ref.ts';
import { toYaml } from '../import/drafts.ts';
import { FIELD_DOCS } from './field-docs.ts';

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
}

/**
 * Optional fields written out anyway because the required ones use them: a
 * scorecard's example grade lines are numbers no source gave, so they are
 * listed as assumptions.
 */
const ALSO_FILLED: Partial<Record<CollectionName, string[]>> = { scorecards: ['assumptions'] };

function requiredValue(collection: CollectionName, field: string, ctx: ScaffoldContext): unknown {
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
        '必填项已填入示例值,请全部改成来源里的内容;选填项去掉行首的 # 即可启用。',
        '来源没有给出的数字要标明是假设。改完运行 npm run check:content 检查。',
      ].join('\n'),
    ),
  ];
  for (const f of fields) {
    const doc = docs[f.name];
    const what = doc?.what ?? '(此字段暂无说明,见 src/schemas/)';
    const filled = f.required || ALSO_FILLED[collection]?.includes(f.name);
    parts.push(`\n# ${f.name}:${what}。${f.required ? '必填' : '选填'}。`);
    if (filled) parts.push(yamlOf(f.name, requiredValue(collection, f.name, ctx)).trimEnd());
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
