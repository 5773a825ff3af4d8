// src/lib is the code that runs anywhere: in the browser widgets, in Node
// scripts and in tests. It may use 'astro/zod' (plain zod), never Astro
// itself, React or the DOM.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(m?[jt]sx?)$/.test(e.name) ? [join(dir, e.name)] : [],
  );

const forbidden = (spec: string) =>
  (spec === 'astro' || spec.startsWith('astro/') || spec.startsWith('astro:') || spec.startsWith('@astrojs/')) && spec !== 'astro/zod'
    ? 'Astro'
    : /^react(-dom)?(\/|$)/.test(spec)
      ? 'a UI framework'
      : undefined;

/** Blanks comments (keeping line breaks and strings) so a remark about “the document” is not code. */
const withoutComments = (code: string) =>
  code.replace(/("(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g, (m, str: string | undefined) =>
    str ?? m.replace(/[^\n]/g, ' '),
  );
/** Also blanks string contents, for looking at identifiers only. */
const withoutStrings = (code: string) => code.replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g, '""');
const lineOf = (code: string, index: number) => code.slice(0, index).split('\n').length;

/** What is impure in one file, each naming the file, the line and the import or global. */
export function impurities(file: string, source: string): string[] {
  const code = withoutComments(source);
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g)) {
    const what = forbidden(m[2]!);
    if (what) out.push(`${file}:${lineOf(code, m.index)} imports '${m[2]}' (${what}): move this code to src/components or src/widgets`);
  }
  const idents = withoutStrings(code);
  for (const m of idents.matchAll(/(?<![\w$.])(document|window)\b(?!\s*:)/g))
    out.push(`${file}:${lineOf(idents, m.index)} uses ${m[1]}: pass the data in instead of reading the DOM`);
  for (const m of code.matchAll(/globalThis\s*(?:\.\s*|\[\s*['"])(document|window)\b/g))
    out.push(`${file}:${lineOf(code, m.index)} uses globalThis.${m[1]}: pass the data in instead of reading the DOM`);
  return out;
}

describe('src/lib stays pure: no Astro, React or DOM, so the engine runs anywhere', () => {
  it('holds for every file under src/lib', () => {
    const all = files('src/lib');
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
