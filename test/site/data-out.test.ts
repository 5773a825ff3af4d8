// The data the built site gives out: JSON-LD on role pages, /api/ with dates and JSON
// Schemas, last-updated dates and 修订记录 from git. Needs `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/registry';
import { DIST } from '../support/dist';

const SEGMENT: Record<CollectionName, string> = {
  roles: 'roles',
  responsibilities: 'responsibilities',
  cases: 'cases',
  kpis: 'kpis',
  scorecards: 'scorecards',
  glossary: 'glossary',
  departments: 'departments',
  guides: 'guides',
  onboarding: 'onboarding',
};

/** The content files as authors wrote them (front matter for MDX), read without the site's code. */
function contentOf(collection: CollectionName) {
  const dir = join('content', collection);
  return readdirSync(dir)
    .filter((f) => /\.(ya?ml|mdx)$/.test(f))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const yaml = f.endsWith('.mdx') ? (/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') : text;
      return { id: f.replace(/\.[^.]+$/, ''), file: `${dir}/${f}`, data: parseYaml(yaml) };
    });
}
const page = (collection: CollectionName, id: string) =>
  readFileSync(join(DIST, SEGMENT[collection], id, 'index.html'), 'utf8');
const json = (path: string): unknown => JSON.parse(readFileSync(join(DIST, path), 'utf8'));

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return undefined;
  }
};
const inGit = git('rev-parse', '--is-inside-work-tree')?.trim() === 'true';
const shallow = git('rev-parse', '--is-shallow-repository')?.trim() === 'true';
const committed = (file: string) =>
  Boolean(git('log', '--first-parent', '-1', '--format=%H', '--', file)?.trim());

const roles = contentOf('roles');
const responsibilities = contentOf('responsibilities') as {
  id: string;
  file: string;
  data: { role: string; order: number; title: string };
}[];

describe('JSON-LD: each role page is a schema.org Occupation made from its content', () => {
  it('has the five roles', () => expect(roles.length).toBe(5));

  it.each(roles.map((r) => [r.id, r] as const))('%s', (id, role) => {
    const html = page('roles', id);
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    const ld = JSON.parse(blocks[0]![1]!) as Record<string, unknown>;
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
    const q = (role.data.qualifications ?? []) as Record<string, unknown>[];
    const listOf = (key: string) => [...new Set(q.flatMap((x) => (x[key] ?? []) as string[]))];
    const present = (key: string) => [...new Set(q.map((x) => x[key]).filter(Boolean))];
    const expected: Record<string, unknown> = {
      '@context': 'https://schema.org',
      '@type': 'Occupation',
      name: role.data.title,
      description: role.data.summary,
      mainEntityOfPage: canonical,
      // Distinct titles: 002's two versions share some.
      responsibilities: [
        ...new Set(
          responsibilities
            .filter((x) => x.data.role === id)
            .sort((a, b) => a.data.order - b.data.order)
            .map((x) => x.data.title),
        ),
      ],
      skills: listOf('skills'),
      qualifications: present('other'),
      educationRequirements: present('education'),
      experienceRequirements: present('experience'),
    };
    for (const [k, v] of Object.entries(expected))
      if (Array.isArray(v) && !v.length) delete expected[k];
    expect(ld).toEqual(expected);
    expect((ld['responsibilities'] as string[]).length).toBeGreaterThan(0);
    // No salary figure or occupation code is in the content, so none is published.
    expect(ld).not.toHaveProperty('estimatedSalary');
    expect(ld).not.toHaveProperty('occupationalCategory');
  });

  it('gives the role that has qualifications its skills, education and experience', () => {
    const withQ = roles.filter((r) => (r.data.qualifications ?? []).length > 0);
    expect(withQ.length).toBeGreaterThan(0);
    for (const r of withQ) {
      const ld = JSON.parse(
        /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page('roles', r.id))![1]!,
      );
      expect(Object.keys(ld)).toEqual(
        expect.arrayContaining(['skills', 'educationRequirements', 'experienceRequirements']),
      );
    }
  });
});

describe('/api/: stable fields, updated dates and a JSON Schema per collection', () => {
  const index = json('api/index.json') as {
    collections: { collection: string; data: string; schema: string }[];
  };

  it('lists every collection with its data and schema, and each link exists', () => {
    expect(index.collections.map((c) => c.collection)).toEqual([...COLLECTIONS]);
    for (const c of index.collections) {
      expect(existsSync(join(DIST, c.data))).toBe(true);
      expect(existsSync(join(DIST, c.schema))).toBe(true);
    }
  });

  it.each(COLLECTIONS.map((c) => [c]))('%s: every entry validates against its schema', (c) => {
    const schema = json(`api/schema/${c}.json`) as {
      $schema: string;
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'updated', 'updatedFrom']));
    // The fields authors write are the schema's fields.
    const written = new Set(contentOf(c).flatMap((e) => Object.keys(e.data)));
    expect([...written].filter((k) => !(k in schema.properties))).toEqual([]);

    const validate = z.fromJSONSchema(schema as never);
    const entries = json(`api/${c}.json`) as Record<string, unknown>[];
    expect(entries.length).toBe(contentOf(c).length);
    for (const e of entries) {
      const r = validate.safeParse(e);
      expect(r.success ? [] : [e['id'], r.error.issues]).toEqual([]);
      const one = json(`api/${c}/${String(e['id'])}.json`);
      expect(validate.safeParse(one).success).toBe(true);
      expect(one).toEqual({ ...e, collection: c });
    }
    // The check can fail: an entry without its date or with a field the schema lacks.
    const { updated: _, ...undated } = entries[0]!;
    expect(validate.safeParse(undated).success).toBe(false);
    expect(validate.safeParse({ ...entries[0], extra: 1 }).success).toBe(false);
  });
});

describe('last-updated dates and 修订记录 from git', () => {
  const all = COLLECTIONS.flatMap((c) => contentOf(c).map((e) => ({ c, ...e })));

  it.each(all.map((e) => [`${e.c}/${e.id}`, e] as const))('%s', (_, e) => {
    const html = page(e.c, e.id);
    const shown = /<p class="last-updated[^>]*>最后更新:<time datetime="([\d-]+)"/.exec(html)?.[1];
    const api = json(`api/${e.c}/${e.id}.json`) as { updated: string; updatedFrom: string };
    expect(api.updated).toBe(shown);
    if (inGit && !shallow && committed(e.file)) {
      expect(shown).toBe(git('log', '--first-parent', '-1', '--format=%cs', '--', e.file)!.trim());
      expect(api.updatedFrom).toBe('git');
    } else {
      expect(html).toContain('无 git 历史,显示构建日期');
      expect(api.updatedFrom).toBe('build');
    }
  });

  it.each(roles.map((r) => [r.id, r] as const))(
    '%s: 修订记录 lists the commits of its files',
    (id, r) => {
      const html = page('roles', id);
      expect(html).toContain('<h2 id="revisions"');
      if (!inGit) return expect(html).toContain('无 git 历史');
      if (shallow) expect(html).toContain('修订记录不完整');
      const files = [
        r.file,
        ...responsibilities.filter((x) => x.data.role === id).map((x) => x.file),
      ];
      const log = git('log', '--first-parent', '--format=%cs\x1f%s', '--', ...files)!
        .trim()
        .split('\n');
      const cells = /<time datetime="([\d-]+)"[^>]*>[^<]*<\/time><\/td><td[^>]*>([^<]*)</g;
      const unescape = (s: string) =>
        s
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
      const rowsOf = (h: string) =>
        [
          ...(/<section aria-labelledby="revisions"[\s\S]*?<\/table>/.exec(h)?.[0] ?? '').matchAll(
            cells,
          ),
        ].map((m) => `${m[1]}\x1f${unescape(m[2]!)}`);
      // The role page links its 修订记录; /roles/<id>/revisions/ lists every commit.
      const rows = rowsOf(html);
      const all = rowsOf(
        readFileSync(join('dist', 'roles', id, 'revisions', 'index.html'), 'utf8'),
      );
      expect(all.length).toBeGreaterThan(0);
      expect(rows).toEqual([]);
      expect(html).toContain(`href="/roles/${id}/revisions/"`);
      // A shallow clone lists some of the commits (not its oldest, whose changes are unknown).
      if (shallow) expect(log).toEqual(expect.arrayContaining(all));
      else expect(all).toEqual(log);
    },
  );
});
