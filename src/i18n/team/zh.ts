// The team grader's words (zh-CN), bundled with the widget.
import type { Templates } from '../../lib/scoring/index.ts';
import type { TeamReasonKey } from '../../lib/team/index.ts';
import { errors } from '../grader/shared-zh.ts';

/** Why a cell or the CSV was refused: the engine's refusals and the CSV's own problems. */
export const reasons: Templates<TeamReasonKey> = {
  ...errors,
  unclosedQuote:
    'CSV 格式有误:第 {line} 行有一个引号没有闭合,其后的内容都被读进了同一格。请检查该行的双引号是否成对。',
  duplicateColumn: '这一列与前面的列重名,只使用前面那一列。请删除或改名重复的列。',
};
