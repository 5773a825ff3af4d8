// A content problem as every check reports it: the file, the line, the field,
// what is wrong and how to fix it, in Chinese.
import type { CollectionName } from '../../schemas/registry.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path shown in messages, e.g. content/roles/customer-representative.mdx. */
  file: string;
  data: unknown;
  /** Finds the line of a field in the file, for messages; optional. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface Problem {
  file: string;
  line?: number | undefined;
  /** Dotted path of the field, or (file) / (file name) / (folder) for the file itself. */
  field: string;
  /** What is wrong, in Chinese (a scorecard rule keeps the schema's own words). */
  message: string;
  /** How to fix it, in Chinese. */
  hint: string;
}

/** `file:line: field: message — 提示:hint`, the form every content problem is reported in. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field || '(entry)'}: ${p.message} — 提示:${p.hint}`;
}

export const SOURCE_HINT =
  '写上出处 source: { file: 来源文件名, quote: 原文中给出这个数的那句话 },或写 assumption: true 标为假设';

/** A schema path as the dotted field name messages show, e.g. indicators.0.levels. */
export function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}
