import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isCollection } from 'yaml';
import { COLLECTIONS } from '../../schemas/ref.ts';
import { COLLECTION_SCHEMAS } from '../../schemas/registry.ts';
import type { RawEntry } from './validate.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Reads one file's YAML (or MDX frontmatter) and remembers where each field is. */
export function parseEntry(file: string, source: string): Pick<RawEntry, 'data' | 'lineOf'> & { error?: string } {
  let yamlText = source;
  let offsetLines = 0;
  if (file.endsWith('.mdx') || file.endsWith('.md')) {
    const m = FRONTMATTER.exec(source);
    if (!m) return { data: {}, error: 'no YAML frontmatter between --- lines at the top of the file' };
    yamlText = m[1] ?? '';
    offsetLines = 1;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    return { data: {}, error: `YAML: ${e.message.split('\n')[0]} (line ${counter.linePos(e.pos[0]).line + offsetLines})` };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range && (n === 0 || node)) return counter.linePos(range[0]).line + offsetLines;
      if (n === 0 && !isCollection(doc.contents)) return undefined;
    }
    return undefined;
  };
  return { data: doc.toJS() ?? {}, lineOf };
}

/** Reads every entry of every collection under `contentDir`. */
export async function readContent(contentDir: string, cwd = process.cwd()): Promise<{ entries: RawEntry[]; errors: { file: string; message: string }[] }> {
  const entries: RawEntry[] = [];
  const errors: { file: string; message: string }[] = [];
  for (const collection of COLLECTIONS) {
    const dir = join(contentDir, collection);
    let names: string[] = [];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith(COLLECTION_SCHEMAS[collection].ext)).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const path = join(dir, name);
      const file = relative(cwd, path);
      const parsed = parseEntry(name, await readFile(path, 'utf8'));
      if (parsed.error) errors.push({ file, message: parsed.error });
      else entries.push({ collection, id: name.replace(/\.[^.]+$/, ''), file, data: parsed.data, ...(parsed.lineOf ? { lineOf: parsed.lineOf } : {}) });
    }
  }
  return { entries, errors };
}
