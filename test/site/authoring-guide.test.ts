// The authoring guide on the site tells HR about every authoring command and
// every option the import CLI accepts, so it cannot fall behind the scripts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas/registry.ts';
import { builtPages, mainText } from '../support/dist.ts';

const html = builtPages().get('/guides/authoring/');
const text = mainText(html ?? '');

describe('/guides/authoring/', () => {
  it('explains new, check:content, import and SITE, in Chinese', () => {
    expect(html).toBeDefined();
    expect(html).toContain('lang="zh-CN"');
    for (const s of ['npmrunnew--roles', 'npmruncheck:content', 'npmrunimport--', 'SITE=https://'])
      expect(text).toContain(s);
    expect(text).toContain('每一行没能归入字段的文字');
  });

  it('names every option of npm run import and every collection npm run new takes', () => {
    const cli = readFileSync('scripts/import-jd.ts', 'utf8');
    const options = [...cli.matchAll(/^ {6}(\w+): \{ type:/gm)]
      .map((m) => m[1]!)
      .filter((o) => o !== 'help');
    expect(options.sort()).toEqual(['force', 'out', 'role', 'source', 'title']);
    for (const o of options) expect(text, o).toContain(`--${o}`);
    for (const c of COLLECTIONS) expect(text, c).toContain(c);
  });
});
