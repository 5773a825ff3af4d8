import type { CollectionData } from './registry.ts';

export type { CollectionName, EntryRef, RefFactory } from './ref.ts';
export { plainRef } from './ref.ts';
export { COLLECTION_REGISTRY, COLLECTIONS, type CollectionData } from './registry.ts';
export { SOURCES, type SourceFile } from './common.ts';

export type RoleData = CollectionData<'roles'>;
export type ResponsibilityData = CollectionData<'responsibilities'>;
export type CaseData = CollectionData<'cases'>;
export type KpiData = CollectionData<'kpis'>;
export type GlossaryData = CollectionData<'glossary'>;
export type DepartmentData = CollectionData<'departments'>;
export type GuideData = CollectionData<'guides'>;
export type ScorecardData = CollectionData<'scorecards'>;
export type OnboardingData = CollectionData<'onboarding'>;
export { ONBOARDING_STAGES, type OnboardingStage } from './onboarding.ts';
export type PersonRef = RoleData['reportsTo'][number];

/** An entry as the site and the scripts see it: its id, its data and, for MDX, its body. */
export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  filePath?: string | undefined;
}
