import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { COLLECTION_REGISTRY, COLLECTIONS } from '../../schemas/registry.ts';
import { parseEntry } from './parse-entry.ts';
import type { Problem, RawEntry } from './validate.ts';

/** What is under a content folder: the entries it could read, and why it could not read the rest. */
export interface ContentRead {
  entries: RawEntry[];
  problems: Problem[];
}

/**
 * Reads every entry of every collection under `contentDir` (Node only).
 * Paths in entries and problems are relative to `cwd`. A missing content
 * folder is a problem; a missing collection folder just has no entries.
 */
export async function readContent(contentDir: string, cwd = process.cwd()): Promise<ContentRead> {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const shown = relative(cwd, contentDir) || '.';
  const isDir = await stat(contentDir).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) {
    problems.push({
      file: shown,
      field: '(folder)',
      message: '内容文件夹不存在',
      hint: `在项目根目录运行,或给出内容文件夹的路径,例如 npm run check:content -- content`,
    });
    return { entries, problems };
  }
  for (const collection of COLLECTIONS) {
    const { folder, ext } = COLLECTION_REGISTRY[collection];
    const dir = join(contentDir, folder);
    const names = await readdir(dir).then(
      (all) => all.filter((n) => n.endsWith(ext)).sort(),
      () => [],
    );
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(cwd, path);
      const parsed = parseEntry(name, await readFile(path, 'utf8'));
      if (!parsed.ok) problems.push({ file, ...parsed.problem });
      else
        entries.push({
          collection,
          id: name.slice(0, -ext.length),
          file,
          data: parsed.data,
          ...(parsed.lineOf ? { lineOf: parsed.lineOf } : {}),
        });
    }
  }
  return { entries, problems };
}
