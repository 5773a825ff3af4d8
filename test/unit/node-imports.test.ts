// Every file a Node script loads must resolve under plain Node 24, which runs .ts by
// stripping types and resolves nothing it is not told exactly.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { files, importsOf, posix, target } from '../support/code-scan.ts';

const NODE_RUNS = /\.(?:m?js|m?ts)$/;

/** The package a bare specifier names and the subpath inside it: '@astrojs/mdx', '.'. */
function packageOf(spec: string): { name: string; sub: string } {
  const parts = spec.split('/');
  const n = spec.startsWith('@') ? 2 : 1;
  return { name: parts.slice(0, n).join('/'), sub: ['.', ...parts.slice(n)].join('/') };
}

/** Whether plain Node finds `spec` (a package, or a subpath its `exports` lists). */
function packageProblem(spec: string): string | undefined {
  if (spec.startsWith('astro:'))
    return "a virtual module that only exists inside Astro's build: read the files instead";
  const { name, sub } = packageOf(spec);
  const manifest = join('node_modules', name, 'package.json');
  if (!existsSync(manifest)) return `package ${name} is not installed: add it to package.json`;
  const { exports } = JSON.parse(readFileSync(manifest, 'utf8')) as { exports?: unknown };
  if (exports === undefined || sub === '.') return undefined;
  const keys =
    typeof exports === 'object' && exports && !Array.isArray(exports) ? Object.keys(exports) : [];
  const listed = keys.some(
    (k) => k === sub || (k.includes('*') && sub.startsWith(k.slice(0, k.indexOf('*')))),
  );
  return listed
    ? undefined
    : `${name} does not export ${sub}: import a path its package.json lists`;
}

/**
 * Walks every file a Node entry point loads and names each import plain Node cannot
 * resolve: relative paths need the exact file name with its extension (no directory
 * index, no .js for a .ts file), and a .tsx or .astro file cannot be run at all.
 */
function nodeImportProblems(
  entries: string[],
  read = (f: string) => readFileSync(f, 'utf8'),
): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const { spec, line, typeOnly } of importsOf(read(file))) {
      if (typeOnly || spec.startsWith('node:') || builtinModules.includes(spec)) continue;
      const at = `${file}:${line} imports '${spec}'`;
      if (!spec.startsWith('.') && !spec.startsWith('/')) {
        const problem = packageProblem(spec);
        if (problem) out.push(`${at}, which Node cannot load: ${problem}`);
        continue;
      }
      const to = target(file, spec);
      if (existsSync(to) && statSync(to).isFile()) {
        if (NODE_RUNS.test(to)) queue.push(to);
        else if (!to.endsWith('.json'))
          out.push(
            `${at}: Node cannot run a ${/\.\w+$/.exec(to)?.[0]} file; keep what Node needs in .ts`,
          );
        continue;
      }
      const base = to.replace(/\.(?:m?js)$/, '');
      const found = ['.ts', '.mts', '.mjs', '.js', '/index.ts', '/index.mjs', '/index.js'].find(
        (ext) => existsSync(base + ext) && statSync(base + ext).isFile(),
      );
      const exact = found && './' + posix(relative(dirname(file), base + found));
      out.push(
        found
          ? `${at}, which Node does not resolve: write '${exact!.replace(/^\.\/\.\./, '..')}' ` +
              "(Node needs the file's exact name)"
          : `${at}: no such file (${to})`,
      );
    }
  }
  return out;
}

const nodeEntries = () => [
  ...['scripts', 'bench'].flatMap((d) =>
    files(d)
      .filter((f) => NODE_RUNS.test(f) && !f.includes('/out/'))
      .map(posix),
  ),
  'astro.config.mjs',
];

describe('every import a Node script reaches resolves under plain Node 24', () => {
  it('holds for scripts/, bench/ and astro.config.mjs, and what they import', () => {
    const entries = nodeEntries();
    expect(entries).toContain('scripts/validate-content.ts');
    expect(nodeImportProblems(entries)).toEqual([]);
  });

  it('follows imports into src/: validate.ts importing ./urls fails, naming file and fix', () => {
    const planted = 'src/lib/content/validate.ts';
    const read = (f: string) =>
      (f === planted ? "import './urls';\n" : '') + readFileSync(f, 'utf8');
    expect(nodeImportProblems(nodeEntries(), read)).toEqual([
      `${planted}:1 imports './urls', which Node does not resolve: write './urls.ts' ` +
        "(Node needs the file's exact name)",
    ]);
  });

  it.each([
    [`import { x } from './lib/cbor.js';`, `write './lib/cbor.mjs'`],
    [`import { x } from '../src/lib/scoring';`, `write '../src/lib/scoring/index.ts'`],
    [`import { x } from './no-such-file.mjs';`, 'no such file (scripts/no-such-file.mjs)'],
    [`import { getCollection } from 'astro:content';`, 'a virtual module'],
    [`import x from 'no-such-package-here';`, 'package no-such-package-here is not installed'],
    [`import { x } from 'astro/no-such-export';`, 'astro does not export ./no-such-export'],
    [`import G from '../src/widgets/scorecard/ScorecardTool.tsx';`, 'Node cannot run a .tsx file'],
  ])('flags %s', (source, expected) => {
    const read = (f: string) =>
      f === 'scripts/x.mjs' ? `// a first line\n${source}\n` : readFileSync(f, 'utf8');
    const found = nodeImportProblems(['scripts/x.mjs'], read);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`scripts/x.mjs:2 imports '`);
    expect(found[0]).toContain(expected);
  });

  it('skips type-only imports, which Node erases', () => {
    const read = () =>
      `import type { Scorecard } from '../src/lib/scoring/types';\nexport type { X } from './y';\n`;
    expect(nodeImportProblems(['scripts/x.ts'], read)).toEqual([]);
  });
});
