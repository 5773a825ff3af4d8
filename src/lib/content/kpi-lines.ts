import type { Entry, KpiData } from '../../schemas/index';
import type { SourcedNumber, SourcedUnit } from '../../schemas/common';
import type { RoleKpi } from '../../schemas/role';
import type { Handbook, PageRef } from './build-handbook';

/** The lines one owner (a role or a scorecard) sets for a KPI, as a page shows them. */
export interface KpiLines {
  owner: PageRef;
  direction: 'higher' | 'lower';
  unit: SourcedUnit | undefined;
  pass: SourcedNumber | undefined;
  excellent: SourcedNumber | undefined;
  /** A work plan's goal: shown as 目标, never as a pass line. */
  goal: SourcedNumber | undefined;
}

type RoleEntry = Handbook['roles'][number];

/** The lines of one role's use of a KPI: the role's own, in the role's unit if it has one. */
export function linesOfUse(owner: PageRef, kpi: KpiData, use: RoleKpi): KpiLines {
  return {
    owner,
    direction: kpi.direction,
    unit: use.unit ?? kpi.unit,
    pass: use.pass,
    excellent: use.excellent,
    goal: use.goal,
  };
}

/** A role's KPIs in its order, each with the role's own lines. */
export function roleKpiLines(
  handbook: Handbook,
  role: RoleEntry,
): { kpi: Entry<KpiData>; lines: KpiLines }[] {
  const owner = handbook.ref('roles', role.id);
  return role.data.kpis.flatMap((use) => {
    const kpi = handbook.byId.kpis.get(use.kpi.id);
    return kpi ? [{ kpi, lines: linesOfUse(owner, kpi.data, use) }] : [];
  });
}

const sheetUnit = (kind: 'ratio' | 'percent' | 'score'): SourcedUnit => ({
  value: kind === 'score' ? '分' : '%',
  assumption: false,
  note: kind === 'ratio' ? '完成率' : undefined,
  source: undefined,
});

/**
 * Every role's and every scorecard's lines for one KPI, side by side. A scorecard's levels
 * are its own (with their basis); a role's are those its sources set.
 */
export function kpiLinesByOwner(handbook: Handbook, kpiId: string): KpiLines[] {
  const kpi = handbook.byId.kpis.get(kpiId);
  if (!kpi) return [];
  const roles = handbook.roles.flatMap((role) =>
    role.data.kpis
      .filter((use) => use.kpi.id === kpiId)
      .map((use) => linesOfUse(handbook.ref('roles', role.id), kpi.data, use)),
  );
  const sheets = handbook.scorecards.flatMap((card) =>
    card.data.indicators
      .filter((ind) => ind.kpi?.id === kpiId && ind.levels)
      .map((ind): KpiLines => {
        const basis = ind.levelsBasis as
          | { pass: Omit<SourcedNumber, 'value'>; excellent: Omit<SourcedNumber, 'value'> }
          | undefined;
        const line = (
          value: number,
          b: Omit<SourcedNumber, 'value'> | undefined,
        ): SourcedNumber => ({
          value,
          assumption: b?.assumption ?? true,
          source: b?.source,
          note: b?.note,
        });
        return {
          owner: handbook.ref('scorecards', card.id),
          direction: ind.direction,
          unit: sheetUnit(ind.kind),
          pass: line(ind.levels!.pass, basis?.pass),
          excellent: line(ind.levels!.excellent, basis?.excellent),
          goal: undefined,
        };
      }),
  );
  return [...roles, ...sheets];
}

/** “≥90%”: the line as a reader sees it, with the operator the KPI's direction implies. */
export function formatLine(
  direction: 'higher' | 'lower',
  value: number,
  unit?: SourcedUnit,
): string {
  return `${direction === 'higher' ? '≥' : '≤'}${value}${unit?.value ?? ''}`;
}

/** Whether any number or unit of these lines is an assumption. */
export function hasAssumption(lines: KpiLines): boolean {
  return [lines.pass, lines.excellent, lines.goal, lines.unit].some((x) => x?.assumption);
}
