// What the team grader writes into its messages and files, in the page's language:
// the templates are src/i18n/team/, handed in by the widget.
import type { Templates } from '../phrase/index.ts';
import type { GradeWords } from '../scoring/grade-text.ts';
import type { ScorecardResult } from '../scoring/types.ts';
import type { TeamReasonKey } from './grade-team.ts';

export { gradeText } from '../scoring/grade-text.ts';

/** Besides `levels` and `gradeLevel` (GradeWords: 合格, B(合格)). */
export interface TeamWords extends GradeWords {
  /** Why a cell or the CSV was refused. */
  reasons: Templates<TeamReasonKey>;
  /** The 总分 cell of a person without a total: an error in the row, the weights, or data missing. */
  totalErrors: string;
  totalWeights: string;
  totalMissing: string;
  /** A deduction's column: 扣分, or 扣分:<label> on a sheet with several. */
  deduction: string;
  deductionOf: string;
  /** The results table's columns, as a download has them. */
  headLine: string;
  headName: string;
  /** {label} is the indicator's. */
  headPoints: string;
  headRate: string;
  headTotal: string;
  headGrade: string;
  headBand: string;
  headNote: string;
  /** A refused cell in the 说明 column: 「column」reason. */
  noteCell: string;
  /** The calibration trail's columns: 序号, 姓名, 总分, 原分布, 调整后, 理由. */
  trailHead: readonly string[];
  /** Sheet names of the results workbook. */
  resultsSheet: string;
  trailSheet: string;
}

/** What the 总分 column says for a person: the total, or why there is none. */
export function totalText(
  w: Pick<TeamWords, 'totalErrors' | 'totalWeights' | 'totalMissing'>,
  r: ScorecardResult,
  hasErrors: boolean,
  total: (v: number) => string,
): string {
  if (r.total !== undefined) return total(r.total);
  if (hasErrors || r.status === 'invalid') return w.totalErrors;
  if (r.status === 'invalid-weights') return w.totalWeights;
  return w.totalMissing;
}
