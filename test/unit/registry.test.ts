// The collection registry is the one list: every collection it names must have
// its content folder, its pages and a search kind of its own.
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entryHref } from '../../src/lib/content/urls.ts';
import { COLLECTION_REGISTRY, COLLECTIONS, KIND_LABELS } from '../../src/schemas/registry.ts';

describe('the collection registry', () => {
  it('names every folder of content/ and nothing else', () => {
    const folders = readdirSync('content', { withFileTypes: true }).filter((e) => e.isDirectory());
    expect(folders.map((e) => e.name).sort()).toEqual(
      COLLECTIONS.map((c) => COLLECTION_REGISTRY[c].folder).sort(),
    );
  });

  it.each(COLLECTIONS.map((c) => [c]))('%s has entries, an index page and an entry page', (c) => {
    const { folder, ext, segment } = COLLECTION_REGISTRY[c];
    expect(readdirSync(`content/${folder}`).filter((n) => n.endsWith(ext)).length).toBeGreaterThan(
      0,
    );
    expect(existsSync(`src/pages/${segment}/index.astro`), `src/pages/${segment}/index.astro`).toBe(
      true,
    );
    expect(existsSync(`src/pages/${segment}/[id].astro`), `src/pages/${segment}/[id].astro`).toBe(
      true,
    );
    expect(entryHref(c, 'x')).toBe(`/${segment}/x/`);
  });

  it('gives each collection its own search kind', () => {
    const kinds = COLLECTIONS.map((c) => KIND_LABELS[c]);
    expect(new Set(kinds).size).toBe(COLLECTIONS.length);
    expect(kinds).toEqual([
      '角色',
      '职责',
      '案例',
      'KPI',
      '考核表',
      '术语',
      '部门',
      '指南',
      '入职清单',
    ]);
  });
});
