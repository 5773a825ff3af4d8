import { z } from 'astro/zod';
import { englishName, sourcedUnit, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

export const kpiSchema = (ref: RefFactory) =>
  z.object({
    name: text,
    /** English name for /en/. */
    nameEn: englishName.optional(),
    aliases: textList.default([]),
    /** Definition in the source's words where it gives one. */
    definition: text,
    formula: text.optional(),
    /** True when the formula is not given by the source but follows from its terms. */
    formulaAssumption: z.boolean().default(false),
    /** The unit the sources measure it in; a role may measure it in another (001's 分). */
    unit: sourcedUnit.optional(),
    direction: z.enum(['higher', 'lower']),
    // Lines belong to the role (kpis: in its frontmatter) or the scorecard whose source
    // sets them; on the KPI every role listing it would show them as its own.
    thresholds: z
      .unknown()
      .refine((v) => v === undefined, {
        error: 'put pass/excellent lines on the role’s kpis: entry or on a scorecard',
      })
      .optional(),
    period: text.optional(),
    dataSource: text.optional(),
    /** Where the KPI is used in appraisal: which sheet or dimension of which source. */
    notes: textList.default([]),
    glossary: z.array(ref('glossary')).default([]),
    source: sources,
  });
export type KpiInput = z.input<ReturnType<typeof kpiSchema>>;
