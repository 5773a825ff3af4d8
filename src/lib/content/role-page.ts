import type { DepartmentData, Entry, ResponsibilityData } from '../../schemas/index';
import type { Handbook } from './build-handbook';
import { hasAssumption, roleKpiLines } from './kpi-lines';
import { roleSections, type Section } from './role-sections';

type RoleEntry = Handbook['roles'][number];

/** Everything a role's page shows, derived from the handbook; the page only renders it. */
export interface RolePage {
  responsibilities: Entry<ResponsibilityData>[];
  departments: Entry<DepartmentData>[];
  deliverables: string[];
  /** The role's KPIs, each with the lines the role's own sources set. */
  kpis: ReturnType<typeof roleKpiLines>;
  scorecards: Handbook['scorecards'];
  cases: Handbook['cases'];
  guides: Handbook['guides'];
  sections: Section[];
  /** The responsibilities of each source version, in the role's order; one group if none. */
  byVersion: {
    version: string | undefined;
    label: string | undefined;
    items: Entry<ResponsibilityData>[];
  }[];
  /** Whether the page shows any number marked 假设, so the source note explains the mark. */
  assumptions: boolean;
}

/** Departments the role's responsibilities coordinate with, then those the role names. */
export function roleDepartments(handbook: Handbook, role: RoleEntry): Entry<DepartmentData>[] {
  const ids = [
    ...handbook
      .responsibilitiesOf(role.id)
      .flatMap((x) => x.data.coordination.flatMap((c) => c.departments.map((d) => d.id))),
    ...role.data.departments.map((d) => d.id),
  ];
  return [...new Set(ids)].flatMap((id) => handbook.byId.departments.get(id) ?? []);
}

/** Deliverables of all the role's responsibilities, each once, in order. */
export function roleDeliverables(responsibilities: Entry<ResponsibilityData>[]): string[] {
  return [...new Set(responsibilities.flatMap((x) => x.data.deliverables))];
}

export function rolePage(handbook: Handbook, role: RoleEntry): RolePage {
  const r = role.data;
  const responsibilities = handbook.responsibilitiesOf(role.id);
  const scorecards = handbook.scorecardsOf(role.id);
  const cases = handbook.casesOf(role.id);
  const guides = handbook.guidesOf(role.id);
  const kpis = roleKpiLines(handbook, role);
  const departments = roleDepartments(handbook, role);
  const deliverables = roleDeliverables(responsibilities);
  const sections = roleSections({
    role: r,
    hasBody: Boolean(role.body?.trim()),
    responsibilities: responsibilities.length,
    departments: departments.length,
    deliverables: deliverables.length,
    kpis: kpis.length,
    scorecards: scorecards.length,
    cases: cases.length,
    guides: guides.length,
  });
  const assumptions = kpis.some((k) => hasAssumption(k.lines)) || scorecards.length > 0;
  const byVersion =
    r.versions.length > 0
      ? r.versions.map((v) => ({
          version: v.id,
          label: v.label,
          items: responsibilities.filter((x) => x.data.version === v.id),
        }))
      : [{ version: undefined, label: undefined, items: responsibilities }];
  return {
    byVersion,
    responsibilities,
    departments,
    deliverables,
    kpis,
    scorecards,
    cases,
    guides,
    sections,
    assumptions,
  };
}

/** The section with this id, for a component's heading; undefined when the page leaves it out. */
export function sectionOf(sections: Section[], id: string): Section | undefined {
  return sections.find((s) => s.id === id);
}
