import type { z } from 'astro/zod';
import { caseSchema } from './case.ts';
import { departmentSchema } from './department.ts';
import { glossarySchema } from './glossary.ts';
import { guideSchema } from './guide.ts';
import { kpiSchema } from './kpi.ts';
import type { CollectionName, RefFactory } from './ref.ts';
import { responsibilitySchema } from './responsibility.ts';
import { roleSchema } from './role.ts';
import { scorecardSchema } from './scorecard.ts';

/** Each collection's schema factory and the file pattern its entries use. */
export const COLLECTION_SCHEMAS: Record<CollectionName, { ext: '.yaml' | '.mdx'; schema: (ref: RefFactory) => z.ZodType }> = {
  roles: { ext: '.mdx', schema: roleSchema },
  responsibilities: { ext: '.yaml', schema: responsibilitySchema },
  cases: { ext: '.yaml', schema: caseSchema },
  kpis: { ext: '.yaml', schema: kpiSchema },
  scorecards: { ext: '.yaml', schema: scorecardSchema },
  glossary: { ext: '.yaml', schema: glossarySchema },
  departments: { ext: '.yaml', schema: departmentSchema },
  guides: { ext: '.mdx', schema: guideSchema },
};
