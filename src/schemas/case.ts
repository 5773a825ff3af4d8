import { z } from 'astro/zod';
import { englishName, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

export const caseSchema = (ref: RefFactory) =>
  z.object({
    title: text,
    /** English title for /en/. */
    titleEn: englishName.optional(),
    roles: z.array(ref('roles')).min(1),
    responsibilities: z.array(ref('responsibilities')).default([]),
    kpis: z.array(ref('kpis')).default([]),
    departments: z.array(ref('departments')).default([]),
    background: text,
    problem: text,
    method: textList.min(1),
    communication: text,
    result: text,
    source: sources,
  });
export type CaseInput = z.input<ReturnType<typeof caseSchema>>;
