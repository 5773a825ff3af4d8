import { z } from 'astro/zod';
import { sourcedNumber, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

export const kpiSchema = (ref: RefFactory) =>
  z
    .object({
      name: text,
      aliases: textList.default([]),
      /** Definition in the source's words where it gives one. */
      definition: text,
      formula: text.optional(),
      /** True when the formula is not given by the source but follows from its terms. */
      formulaAssumption: z.boolean().default(false),
      unit: text.optional(),
      direction: z.enum(['higher', 'lower']),
      thresholds: z
        .object({ pass: sourcedNumber.optional(), excellent: sourcedNumber.optional() })
        .default({}),
      period: text.optional(),
      dataSource: text.optional(),
      /** Where the KPI is used in appraisal: which sheet or dimension of which source. */
      notes: textList.default([]),
      glossary: z.array(ref('glossary')).default([]),
      source: sources,
    })
    .superRefine((kpi, ctx) => {
      const { pass, excellent } = kpi.thresholds;
      if (!pass || !excellent) return;
      const worse = kpi.direction === 'higher' ? pass.value > excellent.value : pass.value < excellent.value;
      if (worse)
        ctx.addIssue({
          code: 'custom',
          path: ['thresholds', 'pass'],
          message: `pass line ${pass.value} is better than the excellent line ${excellent.value} for a ${kpi.direction}-is-better KPI`,
        });
    });
export type KpiInput = z.input<ReturnType<typeof kpiSchema>>;
