// Node-only file access in src/lib sits in files named *-fs.ts, beside the
// pure code, so the rest of src/lib can run in the browser.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? files(join(dir, e.name))
      : /\.(m?[jt]sx?)$/.test(e.name)
        ? [join(dir, e.name)]
        : [],
  );
const NODE_IMPORT = /\bfrom\s+['"](node:[^'"]+|fs|path|fs\/promises)['"]/g;

describe('Node file readers in src/lib', () => {
  const all = files('src/lib');

  it('exist only as *-fs.ts files', () => {
    const offenders = all.flatMap((f) =>
      f.endsWith('-fs.ts')
        ? []
        : [...readFileSync(f, 'utf8').matchAll(NODE_IMPORT)].map((m) => `${f} imports ${m[1]}`),
    );
    expect(offenders).toEqual([]);
  });

  it('include the content reader and checker', () => {
    expect(all.filter((f) => f.endsWith('-fs.ts')).sort()).toEqual(
      expect.arrayContaining([
        join('src/lib/content/check-content-fs.ts'),
        join('src/lib/content/read-content-fs.ts'),
      ]),
    );
  });
});
