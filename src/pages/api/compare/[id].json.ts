import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../../data/load-handbook';
import { compareRole } from '../../../lib/content/compare';

/** /api/compare/<id>.json: one role as /compare/ shows it, fetched only for the roles a reader picks. */
export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.roles.map((role) => ({
    params: { id: role.id },
    props: { data: compareRole(handbook, role) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['data']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
