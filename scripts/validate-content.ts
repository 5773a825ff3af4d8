#!/usr/bin/env node
// Checks every entry under content/ (or the folder given) against the schemas
// and the links between entries, and prints each problem as
// `file:line: field: message`. Exit 0: all good; 1: problems; 2: usage.
// Usage: node scripts/validate-content.ts [content-dir]
import { resolve } from 'node:path';
import { formatProblem, validateEntries } from '../src/lib/content/validate.ts';
import { readContent } from '../src/lib/content/read-content-fs.ts';

const args = process.argv.slice(2);
if (args.length > 1 || args[0] === '-h' || args[0] === '--help') {
  console.error('usage: node scripts/validate-content.ts [content-dir]   (default: content)');
  process.exit(2);
}
const dir = resolve(args[0] ?? 'content');
const { entries, errors } = await readContent(dir);
const problems = [...errors.map((e) => `${e.file}: (file): ${e.message}`), ...validateEntries(entries).map(formatProblem)];
if (problems.length) {
  console.error(problems.join('\n'));
  console.error(`\n${problems.length} problem(s) in ${dir}`);
  process.exit(1);
}
console.log(`content OK: ${entries.length} entries in ${dir}`);
