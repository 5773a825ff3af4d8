// Each role's running header in print: the page margin boxes take only CSS strings, and
// the CSP forbids inline style, so every role has this small stylesheet of its own.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadHandbook } from '../../../data/load-handbook';

export const getStaticPaths = (async () => {
  const handbook = await loadHandbook();
  return handbook.roles.map((r) => ({ params: { id: r.id }, props: { title: r.data.title } }));
}) satisfies GetStaticPaths;

/** A CSS string literal: quotes, backslashes and line breaks escaped. */
const cssString = (s: string) =>
  `"${s.replace(/[\\"]/g, '\\$&').replace(/[\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;

export const GET: APIRoute = ({ props }) =>
  new Response(`@page { @top-center { content: ${cssString(`${props.title}岗位说明书`)}; } }\n`, {
    headers: { 'Content-Type': 'text/css; charset=utf-8' },
  });
