// Reading source files as text for the architecture tests: their imports, with
// comments and strings blanked so a remark is not taken for code.
import { readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';

/** Every script and TypeScript file under a folder. */
export const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(m?[jt]sx?)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

/** Blanks comments (keeping line breaks and strings) so a remark about “the document” is not code. */
export const withoutComments = (code: string) =>
  code.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (m, str: string | undefined) => str ?? m.replace(/[^\n]/g, ' '),
  );
/** Also blanks string contents, for looking at identifiers only. */
export const withoutStrings = (code: string) =>
  code.replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g, '""');
export const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

export interface Import {
  spec: string;
  line: number;
  /** `import type` / `export type`: erased before Node or the browser sees the file. */
  typeOnly: boolean;
  /** `import('…')`: loaded on demand, in a chunk of its own. */
  dynamic: boolean;
}

/** Every module a file names (import, re-export, dynamic import, require), with its line. */
export function importsOf(source: string): Import[] {
  const code = withoutComments(source);
  return [...code.matchAll(IMPORT)].map((m) => ({
    spec: m[2]!,
    line: lineOf(code, m.index),
    typeOnly: /\b(?:import|export)\s+type\s[^;'"]*$/.test(
      code.slice(Math.max(0, m.index - 1000), m.index),
    ),
    dynamic: /^import\s*\(/.test(m[0]),
  }));
}

export const posix = (path: string) => path.split('\\').join('/');
/** Where a relative import lands, as a path from the project root (src/lib/x.ts). */
export const target = (file: string, spec: string) => posix(normalize(join(dirname(file), spec)));
export const layerOf = (path: string) => /^src\/([^/]+)/.exec(path)?.[1] ?? path.split('/')[0]!;
