import type { z } from 'astro/zod';
import type { caseSchema } from './case.ts';
import type { departmentSchema } from './department.ts';
import type { glossarySchema } from './glossary.ts';
import type { guideSchema } from './guide.ts';
import type { kpiSchema } from './kpi.ts';
import type { responsibilitySchema } from './responsibility.ts';
import type { roleSchema } from './role.ts';
import type { Scorecard } from './scorecard.ts';

export type { CollectionName, EntryRef, RefFactory } from './ref.ts';
export { COLLECTIONS, plainRef } from './ref.ts';
export { SOURCES, type SourceFile } from './common.ts';

export type RoleData = z.output<ReturnType<typeof roleSchema>>;
export type ResponsibilityData = z.output<ReturnType<typeof responsibilitySchema>>;
export type CaseData = z.output<ReturnType<typeof caseSchema>>;
export type KpiData = z.output<ReturnType<typeof kpiSchema>>;
export type GlossaryData = z.output<ReturnType<typeof glossarySchema>>;
export type DepartmentData = z.output<ReturnType<typeof departmentSchema>>;
export type GuideData = z.output<ReturnType<typeof guideSchema>>;
export type ScorecardData = Scorecard;
export type PersonRef = RoleData['reportsTo'][number];

/** An entry as the site and the scripts see it: its id, its data and, for MDX, its body. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}
