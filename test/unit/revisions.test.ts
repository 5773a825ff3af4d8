import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  commitsTouching,
  isoDate,
  lastUpdated,
  parseGitLog,
  type History,
} from '../../src/lib/content/revisions';
import { readHistory } from '../../src/lib/content/revisions-fs';

const R = '\x1e';
const U = '\x1f';
const LOG = [
  `${R}bbbbbbb1${U}2026-11-30${U}aaaaaaa1${U}Role: 客户代表 summary fixed\n\ncontent/roles/a.mdx\n`,
  `${R}ccccccc2${U}2026-11-20${U}${U}First content\n\ncontent/roles/a.mdx\ncontent/kpis/k.yaml\n`,
].join('');

describe('parseGitLog and the dates it gives', () => {
  const history = (shallow: boolean): History => ({
    git: true,
    shallow,
    buildDate: '2026-12-01',
    commits: parseGitLog(LOG, shallow),
  });

  it('reads each commit with its date, summary and files, newest first', () => {
    expect(parseGitLog(LOG)).toEqual([
      {
        hash: 'bbbbbbb1',
        date: '2026-11-30',
        summary: 'Role: 客户代表 summary fixed',
        boundary: false,
        files: ['content/roles/a.mdx'],
      },
      {
        hash: 'ccccccc2',
        date: '2026-11-20',
        summary: 'First content',
        boundary: false,
        files: ['content/roles/a.mdx', 'content/kpis/k.yaml'],
      },
    ]);
    expect(parseGitLog('')).toEqual([]);
    expect(() => parseGitLog(`${R}not a record\n`)).toThrow(/unexpected git log record/);
  });

  it('dates a file by its newest commit and falls back to the build date', () => {
    const h = history(false);
    expect(lastUpdated(h, 'content/roles/a.mdx')).toEqual({ date: '2026-11-30', from: 'git' });
    expect(lastUpdated(h, 'content/kpis/k.yaml')).toEqual({ date: '2026-11-20', from: 'git' });
    expect(lastUpdated(h, 'content/kpis/new.yaml')).toEqual({ date: '2026-12-01', from: 'build' });
    expect(lastUpdated(h, undefined)).toEqual({ date: '2026-12-01', from: 'build' });
  });

  it('in a shallow clone, a parentless commit dates a file only as "or earlier"', () => {
    const h = history(true);
    expect(h.commits.map((c) => c.boundary)).toEqual([false, true]);
    expect(lastUpdated(h, 'content/kpis/k.yaml')).toEqual({
      date: '2026-11-20',
      from: 'git',
      orEarlier: true,
    });
    expect(commitsTouching(h, ['content/kpis/k.yaml'])).toEqual([]);
    expect(commitsTouching(history(false), ['content/kpis/k.yaml']).map((c) => c.hash)).toEqual([
      'ccccccc2',
    ]);
  });

  it('writes dates as YYYY-MM-DD', () => {
    expect(isoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('readHistory on a git repository made for the test', () => {
  let dir: string;
  const git = (cwd: string, args: string[], date?: string) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.com',
        ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
      },
    });
  const commit = (cwd: string, files: Record<string, string>, date: string, message: string) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(join(cwd, f, '..'), { recursive: true });
      writeFileSync(join(cwd, f), text);
    }
    git(cwd, ['add', '-A']);
    git(cwd, ['commit', '-q', '-m', message], date);
  };
  const now = new Date(2026, 11, 1, 12);

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolebook-git-'));
    const repo = join(dir, 'repo');
    mkdirSync(repo);
    git(repo, ['init', '-q']);
    commit(
      repo,
      { 'content/roles/a.mdx': '1', 'content/responsibilities/a-1.yaml': '1' },
      '2026-01-10T10:00:00+08:00',
      '岗位 a 首次录入',
    );
    commit(
      repo,
      { 'content/responsibilities/a-1.yaml': '2' },
      '2026-02-11T10:00:00+08:00',
      'Responsibility a-1: steps from the source',
    );
    commit(repo, { 'README.md': 'x' }, '2026-03-12T10:00:00+08:00', 'Outside content');
    commit(
      repo,
      { 'content/roles/a.mdx': '3', 'content/kpis/k.yaml': '1' },
      '2026-04-13T10:00:00+08:00',
      'Role a: summary; a KPI',
    );
    git(dir, ['clone', '-q', '--depth', '2', `file://${repo}`, 'shallow']);
    mkdirSync(join(dir, 'plain', 'content', 'roles'), { recursive: true });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every commit that changed content/, with one git log', () => {
    const h = readHistory(join(dir, 'repo'), 'content', now);
    expect(h).toMatchObject({ git: true, shallow: false, buildDate: '2026-12-01' });
    expect(h.commits.map((c) => [c.date, c.summary])).toEqual([
      ['2026-04-13', 'Role a: summary; a KPI'],
      ['2026-02-11', 'Responsibility a-1: steps from the source'],
      ['2026-01-10', '岗位 a 首次录入'],
    ]);
    expect(lastUpdated(h, 'content/responsibilities/a-1.yaml').date).toBe('2026-02-11');
    const role = ['content/roles/a.mdx', 'content/responsibilities/a-1.yaml'];
    expect(commitsTouching(h, role).map((c) => c.date)).toEqual([
      '2026-04-13',
      '2026-02-11',
      '2026-01-10',
    ]);
  });

  it('names files relative to the folder it reads, also below the repository root', () => {
    const h = readHistory(join(dir, 'repo', 'content'), 'roles', now);
    expect(h.commits.map((c) => c.files)).toEqual([['roles/a.mdx'], ['roles/a.mdx']]);
  });

  it('says a shallow clone is shallow and leaves out its boundary commit', () => {
    const h = readHistory(join(dir, 'shallow'), 'content', now);
    expect(h.shallow).toBe(true);
    expect(h.commits.map((c) => [c.date, c.boundary])).toEqual([
      ['2026-04-13', false],
      // The README commit: a shallow clone's oldest commit lists every file as added.
      ['2026-03-12', true],
    ]);
    const role = ['content/roles/a.mdx', 'content/responsibilities/a-1.yaml'];
    expect(commitsTouching(h, role).map((c) => c.date)).toEqual(['2026-04-13']);
    expect(lastUpdated(h, 'content/responsibilities/a-1.yaml')).toEqual({
      date: '2026-03-12',
      from: 'git',
      orEarlier: true,
    });
  });

  it('outside a git checkout, dates everything by the build', () => {
    const h = readHistory(join(dir, 'plain'), 'content', now);
    expect(h).toEqual({ git: false, shallow: false, buildDate: '2026-12-01', commits: [] });
    expect(lastUpdated(h, 'content/roles/a.mdx')).toEqual({ date: '2026-12-01', from: 'build' });
  });
});
