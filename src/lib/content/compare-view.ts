// What both the /compare/ page and its browser script need: no imports, so the script stays small.

/** One thing a cell lists: its text, a link where the handbook has a page for it. */
export interface CompareItem {
  t: string;
  h?: string;
}

/** The rows of the comparison, in reading order. */
export const COMPARE_ROWS = [
  ['department', '部门'],
  ['reportsTo', '直接上级'],
  ['directReports', '直接下级'],
  ['nature', '岗位性质'],
  ['responsibilities', '岗位职责'],
  ['kpis', '考核指标与合格 / 优秀线'],
  ['scorecards', '考核表'],
  ['cycle', '考核周期'],
  ['education', '学历'],
  ['experience', '工作经验'],
  ['pay', '薪酬福利'],
  ['career', '职业发展'],
  ['source', '出处'],
] as const;
export type CompareRowId = (typeof COMPARE_ROWS)[number][0];

/** A role as /api/compare/<id>.json gives it: small, one file a role, so /compare/ never holds them all. */
export interface CompareRole {
  id: string;
  title: string;
  href: string;
  /** Each row's items; an empty list is “来源未写明”. */
  rows: Record<CompareRowId, CompareItem[]>;
}

/** Whether the chosen roles say different things in a row (by text, in order). */
export function rowDiffers(roles: Pick<CompareRole, 'rows'>[], row: CompareRowId): boolean {
  const key = (r: Pick<CompareRole, 'rows'>) => JSON.stringify(r.rows[row].map((i) => i.t));
  return roles.some((r) => key(r) !== key(roles[0]!));
}

/** The ids of ?roles=a,b[,c] (or roles=a&roles=b from the picker's form): 2 or 3 distinct slugs, else why not. */
export function parseRoles(search: string): { ids: string[] } | { error: string } | undefined {
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
  if (bad) return { error: `“${bad}”不是岗位编号` };
  if (ids.length < 2 || ids.length > 3) return { error: '请选择两个或三个岗位' };
  return { ids };
}
