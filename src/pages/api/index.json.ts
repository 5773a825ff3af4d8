import type { APIRoute } from 'astro';
import { schemaPath } from '../../lib/content/api-schema';
import { COLLECTIONS } from '../../schemas/registry';

/** /api/index.json: what /api/ holds, each collection with its data and its JSON Schema. */
export const GET: APIRoute = () =>
  new Response(
    JSON.stringify(
      {
        description:
          '岗位手册的内容数据。每个集合一个 JSON 数组,每个条目都符合其 JSON Schema;' +
          'updated 为最后更新日期(git 历史,无 git 时为构建日期,见 updatedFrom)。',
        collections: COLLECTIONS.map((collection) => ({
          collection,
          data: `/api/${collection}.json`,
          entry: `/api/${collection}/{id}.json`,
          schema: schemaPath(collection),
        })),
      },
      null,
      1,
    ),
    { headers: { 'Content-Type': 'application/json; charset=utf-8' } },
  );
