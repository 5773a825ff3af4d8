import type { APIRoute } from 'astro';
import { loadHandbook } from '../../../data/load-handbook';
import { uiFor, type Locale } from '../../../i18n';
import { compareRole } from '../../../lib/content/compare';

/** Each role as /compare/ shows it in a language: one file a role, fetched only when picked. */
export async function comparePaths(locale: Locale) {
  const handbook = await loadHandbook();
  const lang = { english: locale === 'en', lines: uiFor(locale).comparePage.lines };
  return handbook.roles.map((role) => ({
    params: { id: role.id },
    props: { data: compareRole(handbook, role, lang) },
  }));
}

export const compareJson: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['data']), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
