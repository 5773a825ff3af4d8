// The one place the authoring commands (new, import) call the content
// checker, so a change to its API is a change here only.
import { checkContent } from '../../src/lib/content/check-content-fs.ts';
import { readContent } from '../../src/lib/content/read-content-fs.ts';
import { formatProblem, type RawEntry } from '../../src/lib/content/validate.ts';

/** Every entry under a content folder, as the checker reads it. */
export async function contentEntries(dir: string): Promise<RawEntry[]> {
  return (await readContent(dir)).entries;
}

/** Every problem in a content folder, one `file:line: field: message — 提示:hint` a line. */
export async function contentProblems(dir: string): Promise<string[]> {
  return (await checkContent(dir)).problems.map(formatProblem);
}
