import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../data/load-handbook';
import { COLLECTIONS } from '../../schemas/registry';
import { apiUpdated } from '../../lib/content/revisions-fs';

/** /api/<collection>.json: every entry of a collection, as the site reads it. */
export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return COLLECTIONS.map((collection) => ({
    params: { collection },
    props: {
      entries: handbook[collection].map((e) => ({
        id: e.id,
        ...e.data,
        ...apiUpdated(e.filePath),
      })),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['entries'], null, 1), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
