// The layers, checked: src/schemas (zod only) < src/lib (pure TypeScript that runs
// anywhere) < components, widgets, pages. Widgets reach lib through its index files.
// (test/unit/node-imports.test.ts checks what plain Node must resolve.)
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { describe, expect, it } from 'vitest';
import {
  files,
  importsOf,
  layerOf,
  lineOf,
  posix,
  target,
  withoutComments,
  withoutStrings,
} from '../support/code-scan.ts';

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

/** What is impure in one file, each naming the file, the line and the import or global. */
function impurities(file: string, source: string): string[] {
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

/**
 * Imports that reach above their layer: src/schemas may import astro/zod and other
 * schemas; src/lib may also import lib, plain packages and, in a `-fs` file, node:*.
 */
function layerProblems(file: string, source: string): string[] {
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
function widgetImportProblems(file: string, source: string): string[] {
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
