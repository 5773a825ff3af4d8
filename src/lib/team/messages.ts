// What the team grader says about a graded CSV, in Chinese.
import { say, type Templates } from '../phrase/index.ts';
import type { TeamError, TeamReasonKey, TeamResult } from './grade-team.ts';

/** One error as listed under 需要改正的地方: the line, the column and the value as typed. */
export function teamErrorText(e: TeamError, reasons: Templates<TeamReasonKey>): string {
  const reason = say(reasons, e.reason);
  if (e.column === '') return `第 ${e.line} 行:${reason}`;
  return `第 ${e.line} 行,「${e.column}」:${reason}${e.value ? `(输入的值:${e.value})` : ''}`;
}

/** The live summary over the results: people, graded, errors ('' before anything is submitted). */
export function teamSummary(team: TeamResult, submitted: string): string {
  if (submitted.trim() === '') return '';
  const graded = team.rows.filter((r) => r.result.total !== undefined).length;
  return `共 ${team.rows.length} 人,已评分 ${graded} 人,${team.errors.length} 处错误`;
}
