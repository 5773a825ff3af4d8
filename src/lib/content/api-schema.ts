import { z } from 'astro/zod';
import { COLLECTION_REGISTRY } from '../../schemas/registry';
import type { CollectionName, RefFactory } from '../../schemas/index';

/** A link as /api/ writes it: the resolved `{ id, collection }`, never the shorthand. */
const apiRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z.object({ id: z.string().min(1), collection: z.literal(collection) }) as unknown as z.ZodType<{
    id: string;
    collection: C;
  }>;

type JsonSchema = Record<string, unknown> & {
  properties?: Record<string, unknown>;
  required?: string[];
};

/** The path of a collection's JSON Schema on the site. */
export const schemaPath = (collection: CollectionName) => `/api/schema/${collection}.json`;

/** Fields /api/ adds to every entry's content fields. */
const API_FIELDS = {
  id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', description: '条目 id(文件名)' },
  collection: { type: 'string', description: '所属集合(仅单条 JSON 中有)' },
  updated: {
    type: 'string',
    format: 'date',
    pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    description: '最后更新日期:文件最近一次 git 提交的日期;无 git 历史时为构建日期',
  },
  updatedFrom: {
    type: 'string',
    enum: ['git', 'build'],
    description: 'updated 的来源:git 历史(git)或构建日期(build)',
  },
} as const;

/**
 * The JSON Schema of one entry of /api/<collection>.json (and of /api/<collection>/<id>.json,
 * which also has `collection`), generated from the collection's zod schema. The output
 * side is described: defaults filled in, links resolved, as the site writes the data.
 */
export function apiJsonSchema(collection: CollectionName, site: URL | string): JsonSchema {
  const data = z.toJSONSchema(COLLECTION_REGISTRY[collection].schema(apiRef), {
    io: 'output',
  }) as JsonSchema;
  if (data['type'] !== 'object' || !data.properties)
    throw new Error(`${collection}: the schema of an entry must be an object`);
  const { $schema, ...rest } = data;
  return {
    $schema,
    $id: new URL(schemaPath(collection), site).href,
    title: `Rolebook ${collection}`,
    description: `/api/${collection}.json 中每个条目的结构(由 src/schemas 的 zod schema 生成)`,
    ...rest,
    properties: {
      ...API_FIELDS,
      collection: { ...API_FIELDS.collection, const: collection },
      ...data.properties,
    },
    required: ['id', ...(data.required ?? []), 'updated', 'updatedFrom'],
    additionalProperties: false,
  };
}
