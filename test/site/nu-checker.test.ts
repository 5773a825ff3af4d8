import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';

const VNU = resolve('node_modules/vnu-jar/build/dist/vnu.jar');

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/**
 * Warnings that say nothing about the pages as a browser gets them, each with its reason.
 * Errors are never filtered.
 */
const IGNORED_WARNINGS: { message: RegExp; reason: string }[] = [
  {
    message: /^Inline (style|script) violates Content Security Policy \(meta tag\)/,
    reason:
      'the checker does not match style or script hashes (it flags even JSON-LD, which is not run); security.test.ts checks that the CSP names the ' +
      'hash of every inline style and script, and the a11y crawl sees 0 violations in Chromium',
  },
  {
    message:
      /^Resource violates Content Security Policy \(meta tag\): external (script “\/_astro|stylesheet “\/)/,
    reason:
      "files are checked as file: URLs, where 'self' matches nothing; served, they are 'self'",
  },
  {
    message:
      /^This document appears to be written in \w+, but the “html” start tag has “lang="zh-cn"”/,
    reason:
      'a guess from a sample of the text that changes between runs: the authoring guide is ' +
      'Chinese prose around English field names and YAML, which the sampler sometimes takes for ' +
      'Norwegian; every page declares its language and english.test.ts checks each passage',
  },
  {
    message: /^(Article|Section) lacks heading\./,
    reason:
      'advice, not conformance: the list pages wrap their list in <article class="prose"> under ' +
      "the page's h1, and /compare/'s table section is named by its caption (aria-labelledby)",
  },
];

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return name === 'pagefind' || name === '_astro' ? [] : htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/** Runs the checker once over all files; its JSON report goes to stderr. */
function nuCheck(files: string[]): NuMessage[] {
  const r = spawnSync('java', ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
    throw new Error(
      'java is missing: the Nu HTML Checker needs a JRE (apt-get install default-jre-headless)',
    );
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`vnu exited with ${r.status}:\n${r.stderr}`);
  return (JSON.parse(r.stderr) as { messages: NuMessage[] }).messages;
}

describe('the W3C Nu HTML Checker', () => {
  it('finds 0 errors and no unexplained warning on every built page', () => {
    const pages = htmlFiles(DIST);
    expect(pages.length).toBeGreaterThan(50);
    // A page with a known error, in the same run: a checker that reports nothing fails here.
    const planted = join(mkdtempSync(join(tmpdir(), 'rolebook-vnu-')), 'planted.html');
    writeFileSync(planted, '<!doctype html><html lang="zh-CN"><title>x</title><p>a</div></html>');
    const messages = nuCheck([...pages, planted]);

    const fromPlanted = messages.filter((m) => m.url?.endsWith('/planted.html'));
    expect(fromPlanted.some((m) => m.type === 'error' && /“div”/.test(m.message))).toBe(true);

    const site = messages.filter((m) => !m.url?.endsWith('/planted.html'));
    const shown = (m: NuMessage) => {
      const file = (m.url ?? '').replace(/^file:.*?\/dist\//, 'dist/');
      return `${file}:${m.lastLine ?? '?'}: ${m.message} [${m.extract ?? ''}]`;
    };
    const errors = site.filter((m) => m.type !== 'info');
    expect(errors.map(shown)).toEqual([]);
    const warnings = site.filter(
      (m) =>
        m.type === 'info' &&
        m.subType === 'warning' &&
        !IGNORED_WARNINGS.some((w) => w.message.test(m.message)),
    );
    expect(warnings.map(shown)).toEqual([]);
  }, 300_000);
});
