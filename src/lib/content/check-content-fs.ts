import { relative } from 'node:path';
import { COLLECTION_REGISTRY, COLLECTIONS } from '../../schemas/registry.ts';
import { readContent } from './read-content-fs.ts';
import { validateEntries, type Problem } from './validate.ts';

/** The outcome of checking a content folder. */
export interface ContentCheck {
  /** How many entries were read. */
  entries: number;
  /** Every problem found, in file order; empty when the content is good. */
  problems: Problem[];
}

/**
 * The one content check (Node only): reads every file under `dir`, validates
 * it against the schemas and the links between entries, and returns every
 * problem. The build integration, `npm run check:content` and the tests all
 * call this. A missing folder, or one with no entries, is a problem.
 */
export async function checkContent(dir: string, cwd = process.cwd()): Promise<ContentCheck> {
  const { entries, problems } = await readContent(dir, cwd);
  if (problems.length === 0 && entries.length === 0)
    problems.push({
      file: relative(cwd, dir) || '.',
      field: '(folder)',
      message: '内容文件夹里没有任何条目',
      hint: `条目放在子文件夹里:${COLLECTIONS.map((c) => `${COLLECTION_REGISTRY[c].folder}/*${COLLECTION_REGISTRY[c].ext}`).join('、')}`,
    });
  return { entries: entries.length, problems: [...problems, ...validateEntries(entries)] };
}
