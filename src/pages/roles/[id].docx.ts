// Each role's 岗位说明书 as a Word file, built with the site: /roles/<id>.docx.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../data/load-handbook';
import { rolePage } from '../../lib/content/role-page';
import { formalDoc } from '../../lib/jd/formal';
import { jdDocx } from '../../lib/jd/docx';
import { roleRevision } from '../../lib/jd/revision-fs';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.roles.map((role) => ({ params: { id: role.id }, props: { role, handbook } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { role, handbook } = props as Awaited<ReturnType<typeof getStaticPaths>>[number]['props'];
  const page = rolePage(handbook, role);
  const titles = new Map(handbook.roles.map((x) => [x.id, x.data.title]));
  const revised = roleRevision([role.filePath, ...page.responsibilities.map((x) => x.filePath)]);
  const doc = formalDoc(role.data, page, titles, revised, role.body);
  const bytes = await jdDocx(doc);
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    },
  });
};
