import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { departmentSchema } from './department.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { kpiSchema } from './kpi.ts';
import { onboardingSchema } from './onboarding.ts';
import type { RefFactory } from './ref.ts';
import { responsibilitySchema } from './responsibility.ts';
import { roleSchema } from './role.ts';
import { scorecardSchema } from './scorecard.ts';

/** What the site needs to know about one collection. */
export interface CollectionDef {
  /** Folder under content/ that holds one file per entry. */
  folder: string;
  /** Extension of those files: YAML data, or MDX with frontmatter. */
  ext: '.yaml' | '.mdx';
  /** Builds the entry schema around a link factory (Astro's reference() or plainRef). */
  schema: (ref: RefFactory) => z.ZodType;
  /** Label of the search kind filter and the tag on entry pages. */
  kind: string;
  /** Heading of the collection's index and of "used by" lists. */
  title: string;
  /** First path segment of the entry pages: /<segment>/<id>/ (src/pages/<segment>/). */
  segment: string;
}

/**
 * The collection names, in the order the site lists them. Kept apart from the
 * registry below so that a link's type (ref.ts) can name a collection without
 * depending on the schemas that contain links; the registry must have exactly
 * these keys.
 */
export const COLLECTIONS = [
  'roles',
  'responsibilities',
  'cases',
  'kpis',
  'scorecards',
  'glossary',
  'departments',
  'guides',
  'onboarding',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/**
 * Every collection, declared once.
 * content.config.ts, the content checker, the handbook loader, the page
 * addresses and the search kinds all read this; adding a collection means an
 * entry here, its schema in this folder and its pages.
 */
export const COLLECTION_REGISTRY = {
  roles: {
    folder: 'roles',
    ext: '.mdx',
    schema: roleSchema,
    kind: '角色',
    title: '岗位',
    segment: 'roles',
  },
  responsibilities: {
    folder: 'responsibilities',
    ext: '.yaml',
    schema: responsibilitySchema,
    kind: '职责',
    title: '职责',
    segment: 'responsibilities',
  },
  cases: {
    folder: 'cases',
    ext: '.yaml',
    schema: caseSchema,
    kind: '案例',
    title: '案例',
    segment: 'cases',
  },
  kpis: {
    folder: 'kpis',
    ext: '.yaml',
    schema: kpiSchema,
    kind: 'KPI',
    title: '关键绩效指标(KPI)',
    segment: 'kpis',
  },
  scorecards: {
    folder: 'scorecards',
    ext: '.yaml',
    schema: scorecardSchema,
    kind: '考核表',
    title: '考核表',
    segment: 'scorecards',
  },
  glossary: {
    folder: 'glossary',
    ext: '.yaml',
    schema: glossarySchema,
    kind: '术语',
    title: '术语表',
    segment: 'glossary',
  },
  departments: {
    folder: 'departments',
    ext: '.yaml',
    schema: departmentSchema,
    kind: '部门',
    title: '协作部门',
    segment: 'departments',
  },
  guides: {
    folder: 'guides',
    ext: '.mdx',
    schema: guideSchema,
    kind: '指南',
    title: '指南与制度',
    segment: 'guides',
  },
  onboarding: {
    folder: 'onboarding',
    ext: '.yaml',
    schema: onboardingSchema,
    kind: '入职清单',
    title: '入职清单',
    segment: 'onboarding',
  },
} as const satisfies Record<CollectionName, CollectionDef>;

type Registry = typeof COLLECTION_REGISTRY;

/** The zod schema of a collection, with its precise output type. */
export type CollectionSchema<C extends CollectionName> = ReturnType<Registry[C]['schema']>;
/** An entry's data as the schema outputs it (links resolved to {id, collection}). */
export type CollectionData<C extends CollectionName> = z.output<CollectionSchema<C>>;

/** One field of every collection, keyed by name: `collectionField('kind').roles` is '角色'. */
function collectionField<K extends keyof CollectionDef>(
  key: K,
): { [C in CollectionName]: Registry[C][K] } {
  return Object.fromEntries(COLLECTIONS.map((c) => [c, COLLECTION_REGISTRY[c][key]])) as {
    [C in CollectionName]: Registry[C][K];
  };
}

/** Search kind label of each collection (Pagefind's `kind` filter). */
export const KIND_LABELS = collectionField('kind');
/** Index heading of each collection. */
export const COLLECTION_TITLES = collectionField('title');
