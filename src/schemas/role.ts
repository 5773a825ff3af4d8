import { z } from 'astro/zod';
import { personRef, sourcedNumber, sourcedUnit, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

/** One version of a section when a source gives two (002 has two 岗位说明书). */
const labelled = { label: text.optional() };

/**
 * A role's use of a KPI, with the lines the role's own sources set for it. A bare id is
 * shorthand for a KPI the role's sources name without lines.
 */
const roleKpi = (ref: RefFactory) =>
  z.preprocess(
    (v) => (typeof v === 'string' ? { kpi: v } : v),
    z
      .object({
        kpi: ref('kpis'),
        pass: sourcedNumber.optional(),
        excellent: sourcedNumber.optional(),
        /** A goal of a work plan (003): a target to reach, not a pass line. */
        goal: sourcedNumber.optional(),
        /** When the role's source measures the KPI in another unit than the KPI's (分 vs %). */
        unit: sourcedUnit.optional(),
      })
      .strict(),
  );
export type RoleKpi = z.output<ReturnType<typeof roleKpi>>;

export const roleSchema = (ref: RefFactory) =>
  z.object({
    title: text,
    titleEn: text.optional(),
    /** Order on the home page and in indexes. */
    order: z.number().int().default(100),
    department: text.optional(),
    reportsTo: z.array(personRef(ref)).default([]),
    directReports: z.array(personRef(ref)).default([]),
    /** 管辖范围: what the role manages, where the source lists it. */
    scope: textList.default([]),
    nature: text.optional(),
    location: text.optional(),
    summary: text,
    kpis: z.array(roleKpi(ref)).default([]),
    /** Departments the role works with beyond those its responsibilities name. */
    departments: z.array(ref('departments')).default([]),
    workflow: textList.default([]),
    qualifications: z
      .array(
        z.object({
          ...labelled,
          education: text.optional(),
          experience: text.optional(),
          skills: textList.default([]),
          other: text.optional(),
        }),
      )
      .default([]),
    pay: z.array(z.object({ ...labelled, items: textList.min(1) })).default([]),
    appraisal: z
      .object({
        cycle: text.optional(),
        content: textList.default([]),
        use: text.optional(),
        dimensions: textList.default([]),
        standards: textList.default([]),
        excellence: textList.default([]),
      })
      .optional(),
    training: textList.default([]),
    rules: textList.default([]),
    careerPath: z
      .object({ path: z.array(personRef(ref)).min(2), note: text.optional() })
      .optional(),
    risks: z
      .object({ items: textList.min(1), mitigations: textList.default([]), note: text.optional() })
      .optional(),
    source: sources,
  });
export type RoleInput = z.input<ReturnType<typeof roleSchema>>;
