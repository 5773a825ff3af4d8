import { z } from 'astro/zod';
import { englishName, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

export const glossarySchema = (ref: RefFactory) =>
  z.object({
    term: text,
    /** English term for /en/. */
    termEn: englishName.optional(),
    /** Other spellings that should link here (关键绩效指标 for KPI). */
    aliases: textList.default([]),
    /** The entry's heading as the source writes it, when it differs (KPI(关键绩效指标)). */
    sourceTerm: text.optional(),
    /** Definitions as the sources give them; one per source that defines the term. */
    definitions: z
      .array(
        z.object({
          text,
          source: sources,
          /** `quoted`: the source defines the term; `compiled`: written from how the sources use it. */
          kind: z.enum(['quoted', 'compiled']).default('quoted'),
        }),
      )
      .min(1, { error: 'give at least one definition' }),
    related: z.array(ref('glossary')).default([]),
    kpis: z.array(ref('kpis')).default([]),
    source: sources,
  });
export type GlossaryInput = z.input<ReturnType<typeof glossarySchema>>;
