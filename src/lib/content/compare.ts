import type { PersonRef } from '../../schemas/index';
import { SOURCES } from '../../schemas/common.ts';
import type { Handbook } from './build-handbook';
import { formatLine, roleKpiLines, type KpiLines } from './kpi-lines.ts';
import { mapNode } from './role-map.ts';
import { entryHref } from './urls.ts';
import type { CompareRole } from './compare-view.ts';

export * from './compare-view.ts';

/** The text a page shows for a role's lines, as <Thresholds> writes them. */
export function linesText({ pass, excellent, goal, unit, direction }: KpiLines): string {
  const show = (n: { value: number; assumption: boolean }) =>
    `${formatLine(direction, n.value, unit)}${n.assumption ? '(假设)' : ''}`;
  const parts = [pass && `合格 ${show(pass)}`, excellent && `优秀 ${show(excellent)}`].filter(
    Boolean,
  );
  let s = parts.length ? parts.join(';') : '来源未给出合格 / 优秀线';
  if (goal) s += `;工作计划目标 ${show(goal)}(是目标,不是合格线)`;
  if (unit?.assumption && (pass || excellent || goal)) s += `(单位“${unit.value}”为假设)`;
  return s;
}

export function compareRole(handbook: Handbook, role: Handbook['roles'][number]): CompareRole {
  const r = role.data;
  const titles = new Map(handbook.roles.map((x) => [x.id, x.data.title]));
  const people = (list: PersonRef[]) =>
    list.map((p) => {
      const n = mapNode(p, titles);
      return n.href ? { t: n.label, h: n.href } : { t: n.label };
    });
  const text = (s: string | undefined) => (s ? [{ t: s }] : []);
  const labelled = (label: string | undefined, s: string) => ({ t: label ? `${label}:${s}` : s });
  const href = entryHref('roles', role.id);
  return {
    id: role.id,
    title: r.title,
    href,
    rows: {
      department: text(r.department),
      reportsTo: people(r.reportsTo),
      directReports: people(r.directReports),
      nature: text(r.nature),
      responsibilities: handbook
        .responsibilitiesOf(role.id)
        .map((x) => ({ t: x.data.title, h: `${href}#${x.id}` })),
      kpis: roleKpiLines(handbook, role).map(({ kpi, lines }) => ({
        t: `${kpi.data.name} ${linesText(lines)}`,
        h: entryHref('kpis', kpi.id),
      })),
      scorecards: handbook
        .scorecardsOf(role.id)
        .map((c) => ({ t: c.data.title, h: entryHref('scorecards', c.id) })),
      cycle: text(r.appraisal?.cycle),
      education: r.qualifications.flatMap((q) =>
        q.education ? [labelled(q.label, q.education)] : [],
      ),
      experience: r.qualifications.flatMap((q) =>
        q.experience ? [labelled(q.label, q.experience)] : [],
      ),
      pay: r.pay.flatMap((p) => p.items.map((i) => labelled(p.label, i))),
      career: r.careerPath
        ? [
            {
              t: people(r.careerPath.path)
                .map((p) => p.t)
                .join(' → '),
            },
          ]
        : [],
      source: r.source.map((s) => ({ t: `${s}:${SOURCES[s]}` })),
    },
  };
}
