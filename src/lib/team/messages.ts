// What the team grader says about a graded CSV, in the page's words (src/i18n/team/).
import { fill, say } from '../phrase/index.ts';
import type { TeamError, TeamResult } from './grade-team.ts';
import type { TeamWords } from './words.ts';

/** The words of the error list and the summary. */
export interface MessageWords extends Pick<TeamWords, 'reasons'> {
  /** 第 {line} 行:{reason} */
  errorLine: string;
  /** 第 {line} 行,「{column}」:{reason}{typed} */
  errorCell: string;
  /** (输入的值:{value}) */
  typed: string;
  /** 共 {people} 人,已评分 {graded} 人,{errors} 处错误 */
  summary: string;
}

/** One error as listed under 需要改正的地方: the line, the column and the value as typed. */
export function teamErrorText(e: TeamError, w: MessageWords): string {
  const reason = say(w.reasons, e.reason);
  if (e.column === '') return fill(w.errorLine, { line: e.line, reason });
  const typed = e.value ? fill(w.typed, { value: e.value }) : '';
  return fill(w.errorCell, { line: e.line, column: e.column, reason, typed });
}

/** The live summary over the results: people, graded, errors ('' before anything is submitted). */
export function teamSummary(team: TeamResult, submitted: string, w: MessageWords): string {
  if (submitted.trim() === '') return '';
  const graded = team.rows.filter((r) => r.result.total !== undefined).length;
  return fill(w.summary, { people: team.rows.length, graded, errors: team.errors.length });
}
