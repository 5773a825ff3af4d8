import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../../data/load-handbook';
import { COLLECTIONS } from '../../../schemas/registry';
import { apiUpdated } from '../../../lib/content/revisions-fs';

/** /api/<collection>/<id>.json: one entry. */
export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return COLLECTIONS.flatMap((collection) =>
    handbook[collection].map((e) => ({
      params: { collection, id: e.id },
      props: { entry: { id: e.id, collection, ...e.data, ...apiUpdated(e.filePath) } },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['entry'], null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
