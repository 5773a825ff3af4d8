// npm run new: a scaffold for every collection passes the content check as
// written, and still passes with every optional example switched on; every
// schema field is explained; bad ids are refused with a message and an exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntries, contentProblems } from '../../scripts/lib/content-problems.ts';
import { FIELD_DOCS } from '../../src/lib/authoring/field-docs.ts';
import { scaffold, scaffoldContext, schemaFields } from '../../src/lib/authoring/scaffold.ts';
import { COLLECTIONS, type CollectionName } from '../../src/schemas/registry.ts';

const copy = () => {
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-new-'));
  cpSync('content', dir, { recursive: true });
  return dir;
};
const entries = await contentEntries('content');
const ids: Partial<Record<CollectionName, string[]>> = {};
for (const e of entries) (ids[e.collection] ??= []).push(e.id);
const ordersOf = (role: string) =>
  entries
    .filter(
      (e) => e.collection === 'responsibilities' && (e.data as { role: string }).role === role,
    )
    .map((e) => (e.data as { order: number }).order);
const { roleOf } = scaffoldContext(entries);

/** The scaffold with every commented example (the lines after `# 例:`) switched on. */
const withExamples = (text: string) =>
  text.replace(/^# 例:\n((?:# .*\n?)+)/gm, (_, block: string) => block.replace(/^# /gm, ''));

describe('the scaffolds follow the schemas', { timeout: 20_000 }, () => {
  it.each(COLLECTIONS.map((c) => [c]))('every field of %s is explained, and nothing else', (c) => {
    const fields = schemaFields(c).map((f) => f.name);
    expect(fields.length).toBeGreaterThan(3);
    expect(Object.keys(FIELD_DOCS[c]).sort()).toEqual([...fields].sort());
    const text = scaffold(c, 'x', { ids, ordersOf, roleOf }).text;
    for (const f of fields) expect(text, f).toMatch(new RegExp(`^# ${f}:.+。(必填|选填)。$`, 'm'));
  });

  it('marks required fields as 必填 and fills them in, optional ones as 选填 and commented out', () => {
    const text = scaffold('roles', 'x', { ids, ordersOf, roleOf }).text;
    expect(text).toMatch(/^# title:岗位名称。必填。\ntitle: /m);
    expect(text).toMatch(/^# titleEn:岗位英文名。选填。\n# 例:\n# titleEn: /m);
    expect(
      schemaFields('roles')
        .filter((f) => f.required)
        .map((f) => f.name),
    ).toEqual(['title', 'summary', 'source']);
  });

  it('writes a scaffold of every collection that passes the content check as written', async () => {
    const dir = copy();
    const written = COLLECTIONS.map((c) => scaffold(c, `new-${c}`, { ids, ordersOf, roleOf }));
    for (const s of written) writeFileSync(join(dir, s.path), s.text);
    expect(await contentEntries(dir)).toHaveLength(entries.length + COLLECTIONS.length);
    expect(await contentProblems(dir)).toEqual([]);
  });

  it('and with every optional example switched on', async () => {
    const dir = copy();
    for (const c of COLLECTIONS) {
      const s = scaffold(c, `new-${c}`, { ids, ordersOf, roleOf });
      const on = withExamples(s.text);
      expect(on).not.toBe(s.text);
      writeFileSync(join(dir, s.path), on);
    }
    const role = (await contentEntries(dir)).find((e) => e.id === 'new-roles')!;
    expect(Object.keys(role.data as object).sort()).toEqual(
      schemaFields('roles')
        .map((f) => f.name)
        .sort(),
    );
    expect(await contentProblems(dir)).toEqual([]);
  });

  it('gives a new responsibility the next free order of its role', () => {
    const role = ids.roles![0]!;
    const text = scaffold('responsibilities', 'x', { ids, ordersOf, roleOf }).text;
    expect(text).toContain(`\nrole: ${role}\n`);
    expect(text).toContain(`\norder: ${Math.max(...ordersOf(role)) + 1}\n`);
  });
});

// Each run starts Node and type-strips the script: seconds on a shared machine.
describe('npm run new (the CLI)', { timeout: 30_000 }, () => {
  const cli = (...args: string[]) =>
    spawnSync(process.execPath, ['scripts/new-entry.ts', ...args], { encoding: 'utf8' });

  it('writes the file and says what to do next', () => {
    const dir = copy();
    const run = cli('glossary', 'channel', '--dir', dir);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(readFileSync(join(dir, 'glossary/channel.yaml'), 'utf8')).toContain(
      '# term:术语。必填。',
    );
    expect(run.stdout).toContain('glossary/channel.yaml');
    expect(run.stdout).toContain('term、definitions、source');
    expect(run.stdout).toContain('npm run check:content');
    expect(run.stdout).toContain('npm run dev');
  });

  it.each([
    [['roles', 'customer-representative'], 1, /已经存在:.*roles\/customer-representative\.mdx/],
    [['roles', 'Customer_Rep'], 2, /kebab-case/],
    [['roles', '客户代表'], 2, /kebab-case/],
    [['role', 'x'], 2, /没有名为 "role" 的集合/],
    [['roles'], 2, /需要两个参数/],
  ])('refuses %j with exit %i and a message, writing nothing', async (args, code, message) => {
    const dir = copy();
    const run = cli(...args, '--dir', dir);
    expect(run.status).toBe(code);
    expect(run.stderr).toMatch(message);
    expect(await contentEntries(dir)).toHaveLength(entries.length);
    expect(readFileSync(join(dir, 'roles/customer-representative.mdx'), 'utf8')).toBe(
      readFileSync('content/roles/customer-representative.mdx', 'utf8'),
    );
  });
});
