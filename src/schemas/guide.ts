import { z } from 'astro/zod';
import { englishName, sources, text } from './common.ts';
import type { RefFactory } from './ref.ts';

/** Free-form MDX pages that are not a role: work plans, policies, forms, the authoring guide. */
export const guideSchema = (ref: RefFactory) =>
  z.object({
    title: text,
    /** English title for /en/. */
    titleEn: englishName.optional(),
    description: text,
    kind: z.enum(['plan', 'policy', 'form', 'authoring']),
    roles: z.array(ref('roles')).default([]),
    order: z.number().int().default(100),
    /** The authoring guide is the project's own text and names no source. */
    source: sources.optional(),
  });
export type GuideInput = z.input<ReturnType<typeof guideSchema>>;
