import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

it('keeps src/lib pure: no Astro, React or DOM, so the engine runs anywhere', () => {
  const offenders: string[] = [];
  for (const file of files('src/lib')) {
    const code = readFileSync(file, 'utf8');
    for (const [, spec] of code.matchAll(/from\s+['"]([^'"]+)['"]/g))
      if (/^(astro(?!\/zod$)|astro:|react|react-dom)/.test(spec!)) offenders.push(`${file} imports ${spec} — move the code to src/components or src/widgets`);
    if (/\b(document|window|localStorage)\./.test(code)) offenders.push(`${file} uses the DOM — pass data in instead`);
  }
  expect(files('src/lib').length).toBeGreaterThan(5);
  expect(offenders).toEqual([]);
});
