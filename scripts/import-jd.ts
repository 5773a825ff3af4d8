#!/usr/bin/env node
// Imports a job description written in the sources' template as draft entries.
// Usage: npm run import -- <file.txt> [--out dir] [--force] [--role id] [--title 名称]
//        [--source 000_….txt]
// Exit 0: drafts written and valid; 1: refused or the drafts have problems; 2: usage.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { draftPath, draftText, makeDrafts, type DepartmentName } from '../src/lib/import/drafts.ts';
import { parseJobDescription } from '../src/lib/import/parse-jd.ts';
import { SOURCES } from '../src/schemas/common.ts';
import { contentEntries, contentProblems } from './lib/content-problems.ts';

const USAGE = `用法 usage: npm run import -- <文件.txt> [--out 目录] [--force]
    [--role 岗位id] [--title 岗位名称] [--source 来源文件]
  --out     草稿写入的内容目录(默认 content)
  --force   覆盖已有的同名条目(默认拒绝)
  --role    岗位 id,英文 kebab-case,如 channel-specialist(默认取文件名)
  --title   岗位中文名(默认取文件第一行的标题)
  --source  条目注明的来源文件,须是 sources/ 里的一个(默认取文件名)`;

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      role: { type: 'string' },
      title: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n\n${USAGE}`);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail(`需要且只需要一个文件 (one file)。\n\n${USAGE}`);

const file = resolve(positionals[0]!);
const out = resolve(values.out);
const shown = (p: string) => {
  const r = relative(process.cwd(), p);
  return r.startsWith('..') ? p : r || '.';
};
if (!existsSync(file)) fail(`找不到文件 ${shown(file)}`);

const name = basename(file);
const source = values.source ?? name;
if (!Object.hasOwn(SOURCES, source))
  fail(
    `来源 "${source}" 不在 sources/ 的五份文件之中。每个条目都要注明来源:先把文件放进 sources/ 并登记到\n` +
      `src/schemas/common.ts 的 SOURCES,或用 --source 指定其中之一:\n  ${Object.keys(SOURCES).join('\n  ')}`,
  );
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const role =
  values.role ??
  name
    .replace(/\.[^.]+$/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
if (!SLUG.test(role))
  fail(`岗位 id "${role}" 不是英文 kebab-case(如 channel-specialist):用 --role 指定。`);

const text = await readFile(file, 'utf8');
const jd = parseJobDescription(text);
if (!jd.duties.length && !jd.terms.length && !jd.cases.length)
  fail(
    `${shown(file)} 里没有找到模板的任何部分(一、核心岗位职责清单 / 职责一… / 典型案例 / 绩效考核 / 术语)。`,
    1,
  );

const existing = existsSync(out) ? await contentEntries(out) : [];
const departments: DepartmentName[] = existing
  .filter((e) => e.collection === 'departments')
  .map((e) => {
    const d = e.data as { name?: string; aliases?: string[] };
    return { id: e.id, names: [d.name ?? '', ...(d.aliases ?? [])] };
  });
// A term already in the glossary gets no second entry; its definition belongs there.
const known = new Map<string, string>();
for (const e of existing.filter((x) => x.collection === 'glossary')) {
  const g = e.data as { term?: string; sourceTerm?: string; aliases?: string[] };
  for (const t of [g.term, g.sourceTerm, ...(g.aliases ?? [])]) if (t) known.set(t, e.file);
}

const drafts = makeDrafts(jd, { role, source, title: values.title, departments });
const skipped: string[] = [];
const toWrite = drafts.filter((d) => {
  if (d.collection !== 'glossary' || values.force) return true;
  const at = known.get(String(d.data['term'])) ?? known.get(String(d.data['sourceTerm']));
  if (at)
    skipped.push(`术语「${String(d.data['term'])}」已有词条 ${at}:没有另建,如有新定义请加到那里。`);
  return !at;
});

const targets = toWrite.map((d) => ({ draft: d, path: join(out, draftPath(d)) }));
const clashes = targets.filter((t) => existsSync(t.path));
if (clashes.length && !values.force)
  fail(
    `这些条目已经存在,一个也没有写入(加 --force 覆盖,或用 --role 换一个岗位 id):\n` +
      clashes.map((c) => `  ${shown(c.path)}`).join('\n'),
    1,
  );

for (const t of targets) {
  await mkdir(dirname(t.path), { recursive: true });
  await writeFile(t.path, draftText(t.draft, shown(file)));
}

console.log(`已写入 ${targets.length} 个草稿条目到 ${shown(out)}/:`);
for (const t of targets) console.log(`  ${shown(t.path)}`);
for (const s of skipped) console.log(`  ${s}`);
if (jd.unplaced.length) {
  console.log(`\n${jd.unplaced.length} 行没有归入任何字段,请手工处理:`);
  for (const u of jd.unplaced) console.log(`  ${shown(file)}:${u.line}: ${u.text}`);
} else console.log('\n文件的每一行都已归入字段。');

const problems = existsSync(join(out, 'roles')) ? await contentProblems(out) : [];
if (problems.length) {
  console.error(`\n内容检查发现 ${problems.length} 个问题:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`
下一步:
  1. 打开上面的文件,逐项核对;每个文件开头的注释说明了要补充或改写的字段
     (岗位名称与概述、案例要链接的职责和 KPI、术语的英文 id)。
  2. npm run check:content   检查全部内容
  3. npm run dev             在 http://127.0.0.1:4321/roles/${role}/ 预览`);
