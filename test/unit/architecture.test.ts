// The layers, checked: src/schemas (zod only) < src/lib (pure TypeScript that runs
// anywhere) < components, widgets, pages. Widgets reach lib through its index files,
// and every file a Node script loads must resolve under plain Node 24, which runs
// .ts by stripping types and resolves nothing it is not told exactly.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(m?[jt]sx?)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );

const forbidden = (spec: string) =>
  (spec === 'astro' ||
    spec.startsWith('astro/') ||
    spec.startsWith('astro:') ||
    spec.startsWith('@astrojs/')) &&
  spec !== 'astro/zod'
    ? 'Astro'
    : /^react(-dom)?(\/|$)/.test(spec)
      ? 'a UI framework'
      : undefined;

/** Blanks comments (keeping line breaks and strings) so a remark about “the document” is not code. */
const withoutComments = (code: string) =>
  code.replace(
    /("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g,
    (m, str: string | undefined) => str ?? m.replace(/[^\n]/g, ' '),
  );
/** Also blanks string contents, for looking at identifiers only. */
const withoutStrings = (code: string) =>
  code.replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g, '""');
const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;

/** What is impure in one file, each naming the file, the line and the import or global. */
export function impurities(file: string, source: string): string[] {
  const code = withoutComments(source);
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g,
  )) {
    const what = forbidden(m[2]!);
    if (what)
      out.push(
        `${file}:${lineOf(code, m.index)} imports '${m[2]}' (${what}): move this code to src/components or src/widgets`,
      );
  }
  const idents = withoutStrings(code);
  for (const m of idents.matchAll(/(?<![\w$.])(document|window)\b(?!\s*:)/g))
    out.push(
      `${file}:${lineOf(idents, m.index)} uses ${m[1]}: pass the data in instead of reading the DOM`,
    );
  for (const m of code.matchAll(/globalThis\s*(?:\.\s*|\[\s*['"])(document|window)\b/g))
    out.push(
      `${file}:${lineOf(code, m.index)} uses globalThis.${m[1]}: pass the data in instead of reading the DOM`,
    );
  return out;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;

interface Import {
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

const posix = (path: string) => path.split('\\').join('/');
/** Where a relative import lands, as a path from the project root (src/lib/x.ts). */
const target = (file: string, spec: string) => posix(normalize(join(dirname(file), spec)));
const layerOf = (path: string) => /^src\/([^/]+)/.exec(path)?.[1] ?? path.split('/')[0]!;

/**
 * Imports that reach above their layer: src/schemas may import astro/zod and other
 * schemas; src/lib may also import lib, plain packages and, in a `-fs` file, node:*.
 */
export function layerProblems(file: string, source: string): string[] {
  const layer = layerOf(file);
  const out: string[] = [];
  for (const { spec, line } of importsOf(source)) {
    const at = `${file}:${line} imports '${spec}'`;
    if (spec.startsWith('.')) {
      const to = target(file, spec);
      const allowed = layer === 'schemas' ? ['schemas'] : ['lib', 'schemas'];
      if (!allowed.includes(layerOf(to)))
        out.push(
          `${at} (${to}, in src/${layerOf(to)}, above src/${layer}): ` +
            `move what both need into src/${layer === 'schemas' ? 'schemas' : 'lib'}, ` +
            'or this code up',
        );
    } else if (layer === 'schemas') {
      if (spec !== 'astro/zod')
        out.push(
          `${at}: a schema imports only 'astro/zod' and other schemas; move this code to src/lib`,
        );
    } else if (spec.startsWith('node:') || builtinModules.includes(spec)) {
      if (!/-fs\.ts$/.test(file))
        out.push(`${at} (Node only): put file access in a <name>-fs.ts file beside the pure code`);
    }
  }
  return out;
}

/**
 * A widget's imports of src/lib that bypass the folder's index.ts. An `import()` may
 * name a module the index leaves out on purpose, so that it loads only when needed.
 */
export function widgetImportProblems(file: string, source: string): string[] {
  return importsOf(source)
    .filter(({ spec, dynamic }) => spec.startsWith('.') && !dynamic)
    .flatMap(({ spec, line }) => {
      const to = target(file, spec);
      if (!to.startsWith('src/lib/') || /^src\/lib\/[^/]+\/index\.ts$/.test(to)) return [];
      const folder = /^src\/lib\/([^/]+)\//.exec(to)?.[1];
      const index = folder ? `src/lib/${folder}/index.ts` : `an index.ts of a folder in src/lib`;
      return [
        `${file}:${line} imports '${spec}' (${to}): import it from ${index}, exporting it there`,
      ];
    });
}

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
export function nodeImportProblems(
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

describe('src/lib stays pure: no Astro, React or DOM, so the engine runs anywhere', () => {
  it('holds for every file under src/lib and src/schemas', () => {
    const all = [...files('src/lib'), ...files('src/schemas')];
    expect(all.length).toBeGreaterThan(10);
    expect(all.flatMap((f) => impurities(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it.each([
    [`import { z } from 'astro:content';`, `imports 'astro:content'`],
    [`import { getCollection } from "astro:content";`, `imports 'astro:content'`],
    [`import type { AstroGlobal } from 'astro';`, `imports 'astro' (Astro)`],
    [`import { glob } from 'astro/loaders';`, `imports 'astro/loaders'`],
    [`import mdx from '@astrojs/mdx';`, `imports '@astrojs/mdx'`],
    [`import { useState } from 'react';`, `imports 'react' (a UI framework)`],
    [`import { renderToString } from 'react-dom/server';`, `imports 'react-dom/server'`],
    [`import { jsx } from 'react/jsx-runtime';`, `imports 'react/jsx-runtime'`],
    [`import { createRoot } from 'react-dom/client';`, `imports 'react-dom/client'`],
    [`export { useId } from 'react';`, `imports 'react'`],
    [`import 'react-dom';`, `imports 'react-dom'`],
    [`const R = await import('react');`, `imports 'react'`],
    [`const R = require("react");`, `imports 'react'`],
    [`const el = document.querySelector('#x');`, `uses document`],
    [`if (typeof window !== 'undefined') {}`, `uses window`],
    [`const w = globalThis.window;`, `uses globalThis.window`],
    [`const d = globalThis['document'];`, `uses globalThis.document`],
  ])('flags %s, naming the file, line and import', (source, expected) => {
    const found = impurities('src/lib/x.ts', `// a first line\n${source}\n`);
    expect(found.length).toBeGreaterThan(0);
    expect(found[0]).toContain('src/lib/x.ts:2 ');
    expect(found[0]).toContain(expected);
  });

  it.each([
    `import { z } from 'astro/zod';`,
    `import * as z from 'zod/mini';`,
    `import { reactive } from 'reactive-lib';`,
    `// The source document, not the DOM: document.title is never read here.`,
    `/* window.open is for widgets */ const x = 1;`,
    `const message = '请在 window 中输入';`,
    `const o = { document: 1 }; const n = o.document;`,
  ])('allows %s', (source) => {
    expect(impurities('src/lib/x.ts', source)).toEqual([]);
  });
});

describe('each layer imports only from below it', () => {
  it('holds for every file under src/lib and src/schemas', () => {
    const all = [...files('src/lib'), ...files('src/schemas')].map(posix);
    expect(all.length).toBeGreaterThan(10);
    expect(all.flatMap((f) => layerProblems(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it.each([
    [
      'src/lib/content/x.ts',
      `import Card from '../../components/Card.astro';`,
      `(src/components/Card.astro, in src/components, above src/lib)`,
    ],
    [
      'src/lib/x.ts',
      `import { Grader } from '../widgets/scorecard/index.ts';`,
      'in src/widgets, above src/lib',
    ],
    [
      'src/lib/x.ts',
      `export { loadHandbook } from '../data/handbook.ts';`,
      'in src/data, above src/lib',
    ],
    ['src/lib/x.ts', `import { ui } from '../i18n/zh.ts';`, 'in src/i18n'],
    [
      'src/schemas/x.ts',
      `import { round2 } from '../lib/scoring/round2.ts';`,
      'in src/lib, above src/schemas',
    ],
    ['src/schemas/x.ts', `import * as z from 'zod/mini';`, `a schema imports only 'astro/zod'`],
    [
      'src/lib/content/read.ts',
      `import { readFile } from 'node:fs/promises';`,
      'put file access in a <name>-fs.ts',
    ],
  ])('flags %s importing %s', (file, source, expected) => {
    const found = layerProblems(file, `// a first line\n${source}\n`);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(`${file}:2 imports '`);
    expect(found[0]).toContain(expected);
  });

  it.each([
    ['src/lib/team/x.ts', `import { grade } from '../scoring/index.ts';`],
    ['src/lib/x.ts', `import type { Scorecard } from '../schemas/scorecard.ts';`],
    ['src/lib/content/read-content-fs.ts', `import { readFile } from 'node:fs/promises';`],
    ['src/schemas/x.ts', `import { z } from 'astro/zod'; import { ref } from './ref.ts';`],
  ])('allows %s to %s', (file, source) => {
    expect(layerProblems(file, source)).toEqual([]);
  });
});

describe('widgets use src/lib through its index files', () => {
  it('holds for every widget', () => {
    const all = files('src/widgets').map(posix);
    expect(all.length).toBeGreaterThan(3);
    expect(all.flatMap((f) => widgetImportProblems(f, readFileSync(f, 'utf8')))).toEqual([]);
  });

  it('flags a deep import and names the index to use', () => {
    const found = widgetImportProblems(
      'src/widgets/team/TeamGrader.tsx',
      `import { a } from '../../lib/scoring/format.ts';`,
    );
    expect(found).toEqual([
      "src/widgets/team/TeamGrader.tsx:1 imports '../../lib/scoring/format.ts' " +
        '(src/lib/scoring/format.ts): ' +
        'import it from src/lib/scoring/index.ts, exporting it there',
    ]);
    expect(
      widgetImportProblems('src/widgets/X.tsx', `import { a } from '../lib/scoring/index.ts';`),
    ).toEqual([]);
    const lazy = `const { decode } = await import('../lib/scoring/decode-state.ts');`;
    expect(widgetImportProblems('src/widgets/X.tsx', lazy)).toEqual([]);
  });
});

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
