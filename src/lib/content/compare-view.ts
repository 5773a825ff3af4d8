// What both the /compare/ page and its browser script need: no imports, so the script stays small.

/** A stretch of text in one language: `l` is set when it is Chinese on an English page. */
export interface CompareRun {
  t: string;
  l?: 'zh-CN';
}

/**
 * One thing a cell lists: its text, a link where the handbook has a page for it, and its
 * language where that is not the page's. Text that mixes languages (an English KPI name
 * with a Chinese unit) also lists its runs, which read as `t` when put together.
 */
export interface CompareItem extends CompareRun {
  h?: string;
  r?: CompareRun[];
}

/** The rows of the comparison, in reading order; src/i18n names them (comparePage.rows). */
export const COMPARE_ROWS = [
  'department',
  'reportsTo',
  'directReports',
  'nature',
  'responsibilities',
  'kpis',
  'scorecards',
  'cycle',
  'education',
  'experience',
  'pay',
  'career',
  'source',
] as const;
export type CompareRowId = (typeof COMPARE_ROWS)[number];

/**
 * A role as /api/compare/<id>.json (or /api/compare/en/<id>.json) gives it: small, one file
 * a role and language, so /compare/ never holds them all. `l` marks a Chinese title on an
 * English page.
 */
export interface CompareRole {
  id: string;
  title: string;
  l?: 'zh-CN';
  href: string;
  /** Each row's items; an empty list is “来源未写明”. */
  rows: Record<CompareRowId, CompareItem[]>;
}

/** Whether the chosen roles say different things in a row (by text, in order). */
export function rowDiffers(roles: Pick<CompareRole, 'rows'>[], row: CompareRowId): boolean {
  const key = (r: Pick<CompareRole, 'rows'>) => JSON.stringify(r.rows[row].map((i) => i.t));
  return roles.some((r) => key(r) !== key(roles[0]!));
}

/** Why an address's roles were refused; the page says it in its language. */
export type RolesError = { error: 'notId'; id: string } | { error: 'count' };

/** The ids of ?roles=a,b[,c] (or roles=a&roles=b from the picker's form): 2 or 3 distinct slugs, else why not. */
export function parseRoles(search: string): { ids: string[] } | RolesError | undefined {
  const params = new URLSearchParams(search);
  const raw = params.getAll('roles');
  if (raw.length === 0) return undefined;
  const ids = [
    ...new Set(
      raw
        .flatMap((v) => v.split(','))
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ];
  const bad = ids.find((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id));
  if (bad) return { error: 'notId', id: bad };
  if (ids.length < 2 || ids.length > 3) return { error: 'count' };
  return { ids };
}

/** A message's text and slots: `a {x} b` → ['a ', 'x', ' b']; odd places name a slot. */
export const slotsOf = (template: string): string[] => template.split(/\{(\w+)\}/);
