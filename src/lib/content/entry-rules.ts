// Rules that need more than one entry's schema: a scorecard's numbers each with a
// source or 假设, and an onboarding checklist's items within its own role.
import { ONBOARDING_STAGES, type OnboardingStage } from '../../schemas/onboarding.ts';
import { SOURCE_HINT, type Problem, type RawEntry } from './problem.ts';

interface SheetIndicator {
  unit?: string;
  levels?: unknown;
  unitBasis?: unknown;
  weightBasis?: unknown;
  levelsBasis?: unknown;
}

/**
 * A scorecard's units, weights and levels each need a source or 假设. The engine's own
 * schema leaves these out so that test sheets stay short; content must say.
 */
export function unsourcedNumbers(entry: RawEntry, value: unknown): Problem[] {
  const out: Problem[] = [];
  const indicators = (value as { indicators: SheetIndicator[] }).indicators;
  indicators.forEach((ind, i) => {
    const need = (field: string, has: boolean, what: string) => {
      if (has) return;
      const path = ['indicators', i, field];
      out.push({
        file: entry.file,
        line: entry.lineOf?.(path.slice(0, 2)),
        field: path.join('.'),
        message: `${what}: give its source (file and the quoted phrase) or assumption: true`,
        hint: SOURCE_HINT,
      });
    };
    if (ind.unit) need('unitBasis', Boolean(ind.unitBasis), `unit “${ind.unit}” has no basis`);
    need('weightBasis', Boolean(ind.weightBasis), 'the weight has no basis');
    if (ind.levels) need('levelsBasis', Boolean(ind.levelsBasis), 'the levels have no basis');
  });
  const deductions = (value as { deductions: Record<string, unknown>[] }).deductions;
  deductions.forEach((d, i) => {
    for (const field of ['allowance', 'perUnit', 'max', 'maxCount']) {
      if (d[`${field}Basis`]) continue;
      out.push({
        file: entry.file,
        line: entry.lineOf?.(['deductions', i]),
        field: `deductions.${i}.${field}Basis`,
        message: `${field} ${String(d[field])} has no basis: give its source (file and the quoted phrase) or assumption: true`,
        hint: SOURCE_HINT,
      });
    }
  });
  return out;
}

/** What a checklist item may point at in a responsibility. */
export interface ResponsibilityFacts {
  role: string;
  taskStart: number;
  tasks: number;
  deliverables: string[];
}

interface ChecklistItem {
  responsibility: { id: string };
  task?: number;
  deliverable?: string;
}

/**
 * A checklist prepares a new hire for their own role: each item's responsibility must
 * be one of that role's, and a task number or deliverable must be one that
 * responsibility has. (Whether the responsibility exists is the link check's.)
 */
export function onboardingProblems(
  entry: RawEntry,
  value: unknown,
  facts: Map<string, ResponsibilityFacts>,
): Problem[] {
  const out: Problem[] = [];
  const v = value as { role: { id: string } } & Record<OnboardingStage, ChecklistItem[]>;
  for (const stage of Object.keys(ONBOARDING_STAGES) as OnboardingStage[]) {
    v[stage].forEach((item, i) => {
      const at = (field: string) => ({
        file: entry.file,
        line: entry.lineOf?.([stage, i, field]),
        field: `${stage}.${i}.${field}`,
      });
      const r = facts.get(item.responsibility.id);
      if (!r) return;
      if (r.role !== v.role.id) {
        out.push({
          ...at('responsibility'),
          message: `职责 "${item.responsibility.id}" 属于岗位 "${r.role}",不是本清单的岗位 "${v.role.id}"`,
          hint: `改成岗位 ${v.role.id} 的职责(content/responsibilities/ 里 role: ${v.role.id} 的文件名),或把这一项移到岗位 ${r.role} 的清单`,
        });
        return;
      }
      const last = r.taskStart + r.tasks - 1;
      if (item.task !== undefined && (item.task < r.taskStart || item.task > last))
        out.push({
          ...at('task'),
          message: `职责 "${item.responsibility.id}" 没有第 ${item.task} 步日常任务`,
          hint:
            r.tasks > 0
              ? `写 ${r.taskStart} 到 ${last} 之间的步骤号(与岗位页上的编号一致),或删掉 task`
              : '这项职责没有列出日常任务:删掉 task',
        });
      if (item.deliverable !== undefined && !r.deliverables.includes(item.deliverable))
        out.push({
          ...at('deliverable'),
          message: `职责 "${item.responsibility.id}" 的工作成果里没有“${item.deliverable}”`,
          hint: r.deliverables.length
            ? `照原样写其中一项:${r.deliverables.join('、')};或删掉 deliverable`
            : '这项职责没有列出工作成果:删掉 deliverable',
        });
    });
  }
  return out;
}
