#!/usr/bin/env node
// npm run check:content: checks every entry under content/ (or the folder
// given) against the schemas and the links between entries, and prints each
// problem as `file:line: field: message — 提示:hint`.
// Exit 0: all good; 1: problems (a missing or empty folder is one); 2: usage.
// Usage: node scripts/validate-content.ts [content-dir]
import { resolve } from 'node:path';
import { checkContent } from '../src/lib/content/check-content-fs.ts';
import { formatProblem } from '../src/lib/content/validate.ts';

const args = process.argv.slice(2);
if (args.length > 1 || args[0] === '-h' || args[0] === '--help') {
  console.error('usage: node scripts/validate-content.ts [content-dir]   (default: content)');
  process.exit(2);
}
const dir = resolve(args[0] ?? 'content');
const { entries, problems } = await checkContent(dir);
// From process start, so the figure includes loading the schemas.
const took = `${Math.round(process.uptime() * 1000)} ms`;
if (problems.length) {
  console.error(problems.map(formatProblem).join('\n'));
  console.error(`\n共 ${problems.length} 个问题(${dir},用时 ${took})`);
  process.exit(1);
}
console.log(`content OK: ${entries} entries in ${dir}, ${took}`);
