import { z } from 'astro/zod';
import { text } from './common.ts';
import type { RefFactory } from './ref.ts';

/** The checklist's three stages, in reading order, with the headings the page shows. */
export const ONBOARDING_STAGES = {
  week: '第一周',
  month: '第一个月',
  quarter: '第一季度',
} as const;
export type OnboardingStage = keyof typeof ONBOARDING_STAGES;

/**
 * One thing to do. It names the responsibility it comes from (of the checklist's own
 * role, checked by validateEntries) and, where it is about one, the task's step number
 * or a deliverable of that responsibility, so each item stays tied to the job it prepares for.
 */
const item = (ref: RefFactory) =>
  z
    .object({
      text,
      responsibility: ref('responsibilities'),
      /** The step number as the role page shows it (taskStart-based). */
      task: z.number().int().positive().optional(),
      /** One of the responsibility's deliverables, written as it is there. */
      deliverable: text.optional(),
    })
    .strict();

const stage = (ref: RefFactory) => z.array(item(ref)).min(1);

/**
 * A role's onboarding checklist: the handbook's suggestion of what a new hire does in
 * the first week, month and quarter. It is not source text, so it names no source file;
 * its items point at the source-backed responsibilities instead.
 */
export const onboardingSchema = (ref: RefFactory) =>
  z.object({
    title: text,
    role: ref('roles'),
    /** A paragraph under the heading: whom the list is for, how to use it. */
    intro: text.optional(),
    week: stage(ref),
    month: stage(ref),
    quarter: stage(ref),
  });
export type OnboardingInput = z.input<ReturnType<typeof onboardingSchema>>;
