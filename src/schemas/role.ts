import { z } from 'astro/zod';
import {
  englishName,
  personRef,
  sourcedNumber,
  sourcedUnit,
  sources,
  text,
  textList,
} from './common.ts';
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

/** The role page's sections, by id (see lib/content/role-sections.ts). */
export const ROLE_SECTION_IDS = [
  'overview',
  'summary',
  'responsibilities',
  'departments',
  'deliverables',
  'kpis',
  'scorecards',
  'appraisal',
  'cases',
  'qualifications',
  'pay',
  'training',
  'rules',
  'career',
  'risks',
  'guides',
] as const;
const sectionId = z.enum(ROLE_SECTION_IDS);

export const roleSchema = (ref: RefFactory) =>
  z
    .object({
      title: text,
      titleEn: englishName.optional(),
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
        .object({
          items: textList.min(1),
          mitigations: textList.default([]),
          note: text.optional(),
        })
        .optional(),
      /**
       * When a source holds several versions of the role's description (002 has two), each
       * version; responsibilities then name theirs (`version:`) and every section says its own
       * in `sectionVersions`.
       */
      versions: z
        .array(
          z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: text, note: text.optional() }),
        )
        .default([]),
      sectionVersions: z.partialRecord(sectionId, z.array(text).min(1)).default({}),
      /** Where the versions disagree: each version's words, side by side. */
      conflicts: z
        .array(z.object({ topic: text, values: z.array(z.object({ version: text, text })).min(2) }))
        .default([]),
      /** Sections whose text the handbook compiled from the sources rather than quoting. */
      compiled: z.array(sectionId).default([]),
      /** A sentence under a section's heading: an excerpt, what the source leaves open. */
      sectionNotes: z.partialRecord(sectionId, text).default({}),
      /** A section's source paragraph, quoted whole, where the source writes it as prose. */
      sectionQuotes: z.partialRecord(sectionId, text).default({}),
      /** When the source names a superior without stating a reporting line, what it says. */
      reportsToNote: text.optional(),
      source: sources,
    })
    .superRefine((role, ctx) => {
      const ids = new Set(role.versions.map((v) => v.id));
      const check = (v: string, path: (string | number)[]) => {
        if (!ids.has(v))
          ctx.addIssue({
            code: 'custom',
            path,
            message: `no version "${v}" in versions: ${[...ids].join(', ') || '(none)'}`,
          });
      };
      for (const [section, list] of Object.entries(role.sectionVersions))
        list?.forEach((v, i) => check(v, ['sectionVersions', section, i]));
      role.conflicts.forEach((c, i) =>
        c.values.forEach((v, j) => check(v.version, ['conflicts', i, 'values', j, 'version'])),
      );
    });
export type RoleInput = z.input<ReturnType<typeof roleSchema>>;
