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
const [language, { hash, page_count: pageCount }] = Object.entries(entry.languages)[0]!;
const meta = read(join(root, `pagefind.${hash}.pf_meta`)) as [
  string,
  unknown[],
  [string, string, string][],
];
const chunks = meta[2];
const files = readdirSync(join(root, 'index'));
const bytes = (a: string) => Buffer.from(a);

describe('the search index', () => {
  it('is one Chinese index over every page that is not an index or list', () => {
    expect(language).toBe('zh-cn');
    expect(pageCount).toBeGreaterThan(100);
  });

  it('lists exactly the chunk files that exist, each small enough for a first query', () => {
    expect(chunks.map(([, , h]) => `${h}.pf_index`).sort()).toEqual([...files].sort());
    expect(chunks.length).toBeGreaterThan(4);
    for (const f of files)
      expect(readFileSync(join(root, 'index', f)).length, f).toBeLessThanOrEqual(10 * 1024);
  });

  it('holds every word once, in order, inside the range its chunk is listed under', () => {
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
    expect(count).toBeGreaterThan(1000);
  });
});
