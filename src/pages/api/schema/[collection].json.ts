import type { APIRoute, GetStaticPaths } from 'astro';
import { apiJsonSchema } from '../../../lib/content/api-schema';
import { COLLECTIONS, type CollectionName } from '../../../schemas/registry';

/** /api/schema/<collection>.json: the JSON Schema of the entries of /api/<collection>.json. */
export const getStaticPaths = (() =>
  COLLECTIONS.map((collection) => ({ params: { collection } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const schema = apiJsonSchema(params['collection'] as CollectionName, site ?? 'http://localhost/');
  return new Response(JSON.stringify(schema, null, 1), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
