#!/usr/bin/env node
// Scaffolds a new content entry with every field explained in Chinese.
// Usage: npm run new -- <collection> <id> [--dir content]
// Exit 0: written (and it passes the content check); 1: the id exists or the
// check fails; 2: usage (unknown collection, bad id).
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { scaffold, scaffoldContext } from '../src/lib/authoring/scaffold.ts';
import { COLLECTION_TITLES, COLLECTIONS, type CollectionName } from '../src/schemas/registry.ts';
import { contentEntries, contentProblems } from './lib/content-problems.ts';

const list = COLLECTIONS.map((c) => `${c}(${COLLECTION_TITLES[c]})`).join(', ');
const USAGE = `用法 usage: npm run new -- <collection> <id> [--dir content]
  collection  ${list}
  id          英文 kebab-case,如 channel-specialist;也是文件名和网址的一部分`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      dir: { type: 'string', default: 'content' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
} catch (e) {
  fail(`${(e as Error).message}\n\n${USAGE}`, 2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 2) fail(`需要两个参数:集合和 id。\n\n${USAGE}`, 2);
const [collection, id] = positionals as [string, string];
if (!(COLLECTIONS as readonly string[]).includes(collection))
  fail(`没有名为 "${collection}" 的集合。可用的集合:${list}`, 2);
if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))
  fail(`id "${id}" 不合规:只能用小写英文字母、数字和连字符(kebab-case),如 channel-specialist。`, 2);

const dir = resolve(values.dir);
const c = collection as CollectionName;
const entries = await contentEntries(dir);
const clash = entries.find((e) => e.collection === c && e.id.toLowerCase() === id);
if (clash)
  fail(`${COLLECTION_TITLES[c]} "${id}" 已经存在:${clash.file}。换一个 id,或直接编辑那个文件。`, 1);

const s = scaffold(c, id, scaffoldContext(entries));
const path = join(dir, s.path);
if (existsSync(path)) fail(`${relative(process.cwd(), path)} 已经存在。`, 1);
await mkdir(dirname(path), { recursive: true });
await writeFile(path, s.text);
const rel = relative(process.cwd(), path);
const shown = rel.startsWith('..') ? path : rel;

const problems = (await contentProblems(dir)).filter((p) => p.includes(s.path));
if (problems.length) fail(`已写入 ${shown},但内容检查发现问题:\n${problems.join('\n')}`, 1);

console.log(`已新建 ${shown}

下一步:
  1. 打开 ${shown},把必填项(${s.required.join('、')})的示例值改成来源里的内容;
     需要的选填项去掉行首的 #。每个字段上方的注释说明了含义和写法。
  2. npm run check:content   检查全部内容(文件:行号: 字段: 原因)
  3. npm run dev             在 http://127.0.0.1:4321/${c}/${id}/ 预览`);
