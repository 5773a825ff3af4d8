// The first draft of a role's onboarding checklist, built from its responsibilities
// for `npm run new -- onboarding <role-id>`. The stages follow one plain idea: in
// the first week a new hire reads each duty, in the first month does its first step
// with a mentor and meets the people it works with, and by the end of the first
// quarter delivers its results alone. HR then edits the wording and trims the list.
import type { OnboardingInput } from '../../schemas/onboarding.ts';

/** A responsibility as its YAML file gives it (links still plain ids). */
export interface DraftResponsibility {
  id: string;
  title: string;
  label?: string | undefined;
  taskStart?: number | undefined;
  tasks: string[];
  coordination: { text: string }[];
  deliverables: string[];
}

type Item = OnboardingInput['week'][number];

/** A sentence as an item's text: no closing full stop or semicolon of its own. */
const clause = (s: string) => s.trim().replace(/[。;;,,]+$/, '');

export function draftChecklist(
  role: { id: string; title: string },
  responsibilities: DraftResponsibility[],
): Pick<OnboardingInput, 'title' | 'role' | 'week' | 'month' | 'quarter'> {
  const week: Item[] = [];
  const month: Item[] = [];
  const quarter: Item[] = [];
  for (const r of responsibilities) {
    const title = clause(r.title);
    const name = `${r.label && r.label !== title ? r.label : ''}「${title}」`;
    const responsibility = r.id;
    week.push({
      text: `读懂${name}的日常任务${r.deliverables.length ? '和工作成果' : ''},把不清楚的地方记下来请带教人讲解`,
      responsibility,
    });
    const first = r.tasks[0];
    if (first)
      month.push({
        text: `在带教人陪同下完成一次:${clause(first)}`,
        responsibility,
        task: r.taskStart ?? 1,
      });
    const contact = r.coordination[0];
    if (contact) month.push({ text: `认识协作的同事:${clause(contact.text)}`, responsibility });
    for (const deliverable of r.deliverables)
      quarter.push({ text: `独立完成并提交一份${deliverable}`, responsibility, deliverable });
    if (r.deliverables.length === 0)
      quarter.push({ text: `独立承担${name}的日常任务`, responsibility });
  }
  return { title: `${role.title}入职清单`, role: role.id, week, month, quarter };
}
