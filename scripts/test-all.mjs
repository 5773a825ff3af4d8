#!/usr/bin/env node
// `npm test`: format check, type check, content validation, unit tests, production build,
// then the built-site and browser tests. Stops at the first failing step and
// ends with one plain line: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const out = mkdtempSync(join(tmpdir(), 'rolebook-test-'));
let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n▶ ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function vitest(project) {
  const report = join(out, `${project}.json`);
  const ok = run(`tests (${project})`, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (ok || r.numFailedTests ? 0 : 1);
  } catch {
    failed += 1;
  }
  return ok;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed += 1;
  else failed += 1;
  return ok;
}

const ok =
  step('format', 'npx', ['prettier', '--check', '.']) &&
  step('type check', 'npm', ['run', 'check']) &&
  step('content', 'node', ['scripts/validate-content.ts']) &&
  vitest('unit') &&
  step('build', 'npm', ['run', 'build']) &&
  vitest('site');

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(ok && failed === 0 ? 0 : 1);
