import { z } from 'astro/zod';
import { englishName, sources, text, textList } from './common.ts';
import type { RefFactory } from './ref.ts';

export const responsibilitySchema = (ref: RefFactory) =>
  z.object({
    role: ref('roles'),
    /** Position in the role's list (职责一 = 1). */
    order: z.number().int().positive(),
    title: text,
    /** English title for /en/. */
    titleEn: englishName.optional(),
    /** A group heading from the source (002's 团队建设与管理) or the numbered label (职责一). */
    label: text.optional(),
    /** Daily tasks as ordered steps, in the source's words. */
    tasks: textList.default([]),
    /** Whom to work with: each item is the source's sentence and the departments it names. */
    coordination: z
      .array(z.object({ text, departments: z.array(ref('departments')).default([]) }))
      .default([]),
    deliverables: textList.default([]),
    /** The source's number of the first task when it does not start at 1 (004's 3–12). */
    taskStart: z.number().int().positive().optional(),
    /** Which of the role's versions (role `versions:`) this responsibility comes from. */
    version: text.optional(),
    /** Said when the source lists the duty but does not detail it. */
    note: text.optional(),
    source: sources,
  });
export type ResponsibilityInput = z.input<ReturnType<typeof responsibilitySchema>>;
