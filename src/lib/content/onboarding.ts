import { ONBOARDING_STAGES, type OnboardingStage } from '../../schemas/onboarding.ts';
import type { Handbook } from './build-handbook';
import { entryHref } from './urls.ts';

type Checklist = Handbook['onboarding'][number];

/** One checkbox of a checklist page, with what it is based on. */
export interface ChecklistRow {
  /** Stable while the item's wording stays: progress is saved under it. */
  key: string;
  stage: OnboardingStage;
  text: string;
  /** The responsibility the item prepares for: its label and title, and its page. */
  basis: string;
  href: string;
  task?: number | undefined;
  deliverable?: string | undefined;
}

/**
 * FNV-1a of the item's text, in base 36. Keying progress by the wording (not the
 * position) keeps a tick on its item when HR adds or reorders items; a reworded
 * item starts unticked, which is right, since it asks for something else.
 */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
}

export function checklistStages(
  handbook: Handbook,
  list: Checklist,
): { stage: OnboardingStage; label: string; rows: ChecklistRow[] }[] {
  return (Object.keys(ONBOARDING_STAGES) as OnboardingStage[]).map((stage) => {
    const seen = new Map<string, number>();
    const rows = list.data[stage].map((item) => {
      const r = handbook.byId.responsibilities.get(item.responsibility.id);
      const base = `${stage}-${hash(item.text)}`;
      // The same wording twice in one stage still needs two keys.
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      return {
        key: n ? `${base}-${n}` : base,
        stage,
        text: item.text,
        basis: r
          ? [...new Set([r.data.label, r.data.title].filter(Boolean))].join(' ')
          : item.responsibility.id,
        href: entryHref('responsibilities', item.responsibility.id),
        task: item.task,
        deliverable: item.deliverable,
      };
    });
    return { stage, label: ONBOARDING_STAGES[stage], rows };
  });
}
