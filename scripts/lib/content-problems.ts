// The one place the authoring commands (new, import) call the content
// validator, so a change to its API is a change here only.
import { readContent } from '../../src/integrations/read-content.ts';
import { formatProblem, validateEntries, type RawEntry } from '../../src/lib/content/validate.ts';

/** Every entry under a content folder, as the validator reads it. */
export async function contentEntries(dir: string): Promise<RawEntry[]> {
  return (await readContent(dir)).entries;
}

/** Every problem in a content folder, one `file:line: field: message` a line. */
export async function contentProblems(dir: string): Promise<string[]> {
  const { entries, errors } = await readContent(dir);
  return [
    ...errors.map((e) => `${e.file}: (file): ${e.message}`),
    ...validateEntries(entries).map(formatProblem),
  ];
}
