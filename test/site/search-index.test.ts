// The search index as built: Pagefind's files after scripts/pagefind-chunks.mjs
// has re-cut the word index. A search reads the metadata to pick chunks by
// word range, so the metadata and the chunk files must agree exactly.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPagefindFile as read } from '../../scripts/pagefind-chunks.mjs';

const root = join('dist', 'pagefind');
const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { hash: string; page_count: number }>;
};
type Meta = [string, unknown[], [string, string, string][]];
// One index per page language (html lang): Chinese at /, English at /en/.
const languages = Object.entries(entry.languages).map(([language, { hash, page_count }]) => ({
  language,
  pageCount: page_count,
  chunks: (read(join(root, `pagefind.${hash}.pf_meta`)) as Meta)[2],
}));
const files = readdirSync(join(root, 'index'));
const bytes = (a: string) => Buffer.from(a);

describe('the search index', () => {
  it('is one Chinese and one English index, each over every page that is not an index or list', () => {
    expect(languages.map((l) => l.language).sort()).toEqual(['en', 'zh-cn']);
    for (const l of languages) expect(l.pageCount, l.language).toBeGreaterThan(100);
  });

  it('lists exactly the chunk files that exist, each small enough for a first query', () => {
    const listed = languages.flatMap((l) => l.chunks.map(([, , h]) => `${h}.pf_index`));
    expect(listed.sort()).toEqual([...files].sort());
    expect(languages.find((l) => l.language === 'zh-cn')!.chunks.length).toBeGreaterThan(4);
    for (const f of files)
      expect(readFileSync(join(root, 'index', f)).length, f).toBeLessThanOrEqual(10 * 1024);
  });

  it.each(languages.map((l) => [l.language, l]))(
    '%s holds every word once, in order, inside the range its chunk is listed under',
    (language, { chunks }) => {
      let last = '';
      let count = 0;
      chunks.forEach(([from, to, h]) => {
        const words = (read(join(root, 'index', `${h}.pf_index`)) as [[string][]])[0].map(
          (w) => w[0],
        );
        expect(words.length).toBeGreaterThan(0);
        expect(words[0]!.startsWith(from)).toBe(true);
        expect(words.at(-1)!.startsWith(to)).toBe(true);
        for (const w of words) {
          expect(Buffer.compare(bytes(last), bytes(w))).toBeLessThan(0);
          last = w;
          count++;
        }
      });
      // English text only in the English index: the names and the interface, not the Chinese body.
      expect(count).toBeGreaterThan(language === 'zh-cn' ? 1000 : 200);
    },
  );

  it.each([
    ['search/index.html', 'zh-cn', 'zh-CN'],
    ['en/search/index.html', 'en', 'en'],
  ])(
    '%s names its language’s entry, metadata and chunks, for the page to preload',
    (page, language, lang) => {
      const html = readFileSync(join('dist', page), 'utf8');
      const content = /<script data-search-index="([^"]*)"/.exec(html)?.[1] ?? '';
      const files = JSON.parse(content.replaceAll('&quot;', '"').replaceAll('&amp;', '&')) as {
        tag: string;
        meta: string;
        lang: string;
        chunks: [string, string, string][];
        files: string[];
      };
      expect(files.meta).toBe(entry.languages[language]!.hash);
      expect(files.lang).toBe(lang);
      expect(files.tag).toMatch(/^[0-9a-f]{12}$/);
      expect(files.files).toContain(`pagefind.${files.meta}.pf_meta`);
      // The same ranges Pagefind will pick chunks by, so a preload is the chunk it asks for.
      expect(files.chunks).toEqual(languages.find((l) => l.language === language)!.chunks);
    },
  );
});
