import { isCollection, LineCounter, parseDocument } from 'yaml';
import type { Problem, RawEntry } from './validate.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** A file's data and where each field sits, or why it could not be read. */
export type ParsedEntry =
  | ({ ok: true } & Pick<RawEntry, 'data' | 'lineOf'>)
  | { ok: false; problem: Omit<Problem, 'file'> };

/**
 * Reads one file's YAML (or MDX frontmatter) and remembers where each field
 * is, so that a problem can name its line. Pure: the caller reads the file.
 */
export function parseEntry(name: string, source: string): ParsedEntry {
  let yamlText = source;
  let offsetLines = 0;
  if (name.endsWith('.mdx') || name.endsWith('.md')) {
    const m = FRONTMATTER.exec(source);
    if (!m)
      return {
        ok: false,
        problem: {
          line: 1,
          field: '(file)',
          message: '文件开头没有用 --- 包住的 YAML 字段区(frontmatter)',
          hint: '第一行写 ---,接着写字段,再单独一行 ---,正文写在后面',
        },
      };
    yamlText = m[1] ?? '';
    offsetLines = 1;
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = counter.linePos(e.pos[0]).line + offsetLines;
    return {
      ok: false,
      problem: {
        line,
        field: '(file)',
        message: `YAML 语法错误:${e.message.split('\n')[0]}`,
        hint: '检查这一行附近的引号和括号是否成对、冒号后是否有空格、缩进是否只用空格',
      },
    };
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
  return { ok: true, data: doc.toJS() ?? {}, lineOf };
}
