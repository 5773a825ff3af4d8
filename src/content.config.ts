import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { RefFactory } from './schemas/ref';
import { roleSchema } from './schemas/role';
import { responsibilitySchema } from './schemas/responsibility';
import { caseSchema } from './schemas/case';
import { kpiSchema } from './schemas/kpi';
import { scorecardSchema } from './schemas/scorecard';
import { glossarySchema } from './schemas/glossary';
import { departmentSchema } from './schemas/department';
import { guideSchema } from './schemas/guide';

// Astro's reference() checks the shape of a link; scripts/validate-content.ts
// (run before every build) checks that the linked entry exists.
const ref = reference as unknown as RefFactory;

const dir = (name: string, pattern: string) => glob({ base: `./content/${name}`, pattern });

export const collections = {
  roles: defineCollection({ loader: dir('roles', '*.mdx'), schema: roleSchema(ref) }),
  responsibilities: defineCollection({
    loader: dir('responsibilities', '*.yaml'),
    schema: responsibilitySchema(ref),
  }),
  cases: defineCollection({ loader: dir('cases', '*.yaml'), schema: caseSchema(ref) }),
  kpis: defineCollection({ loader: dir('kpis', '*.yaml'), schema: kpiSchema(ref) }),
  scorecards: defineCollection({ loader: dir('scorecards', '*.yaml'), schema: scorecardSchema(ref) }),
  glossary: defineCollection({ loader: dir('glossary', '*.yaml'), schema: glossarySchema(ref) }),
  departments: defineCollection({ loader: dir('departments', '*.yaml'), schema: departmentSchema(ref) }),
  guides: defineCollection({ loader: dir('guides', '*.mdx'), schema: guideSchema(ref) }),
};
