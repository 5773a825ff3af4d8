/**
 * Revision history from `git log`, as pure functions: the log text goes in, dates and
 * commit lists per file come out. revisions-fs.ts runs git; this file only reads text.
 */

/** The format revisions-fs.ts asks git for: one record per commit, then its file names. */
export const GIT_LOG_FORMAT = '%x1e%H%x1f%cs%x1f%P%x1f%s';

export interface Commit {
  hash: string;
  /** Commit date, YYYY-MM-DD. */
  date: string;
  summary: string;
  /**
   * True for a commit whose parents a shallow clone does not have: git lists every file
   * as changed by it, so it says nothing about when a file last changed.
   */
  boundary: boolean;
  files: string[];
}

/** Splits `git log --name-only --format=GIT_LOG_FORMAT` output into commits, newest first. */
export function parseGitLog(text: string, shallow = false): Commit[] {
  return text
    .split('\x1e')
    .filter((record) => record.trim())
    .map((record) => {
      const [head = '', ...rest] = record.split('\n');
      const [hash = '', date = '', parents = '', ...summary] = head.split('\x1f');
      if (!/^[0-9a-f]{7,}$/.test(hash) || !/^\d{4}-\d{2}-\d{2}$/.test(date))
        throw new Error(`unexpected git log record: ${JSON.stringify(head)}`);
      return {
        hash,
        date,
        summary: summary.join('\x1f').trim(),
        boundary: shallow && !parents.trim(),
        files: rest.map((f) => f.trim()).filter(Boolean),
      };
    });
}

/** Where an entry's date comes from: its file's git history, or the build (no history). */
export type UpdatedFrom = 'git' | 'build';

export interface Updated {
  date: string;
  from: UpdatedFrom;
  /** The date is that of a shallow clone's oldest commit: the file changed then or before. */
  orEarlier?: boolean;
}

export interface History {
  /** False outside a git checkout (or without git): every date is the build date. */
  git: boolean;
  /** A shallow clone: older commits are missing. */
  shallow: boolean;
  buildDate: string;
  commits: Commit[];
}

/** The newest commit that changed the file, or the build date when git has none. */
export function lastUpdated(history: History, file: string | undefined): Updated {
  const commit = file ? history.commits.find((c) => c.files.includes(file)) : undefined;
  if (!commit) return { date: history.buildDate, from: 'build' };
  return commit.boundary
    ? { date: commit.date, from: 'git', orEarlier: true }
    : { date: commit.date, from: 'git' };
}

/** Commits that changed any of the files, newest first; a shallow boundary is left out. */
export function commitsTouching(history: History, files: readonly string[]): Commit[] {
  const wanted = new Set(files);
  return history.commits.filter((c) => !c.boundary && c.files.some((f) => wanted.has(f)));
}

/** A date as YYYY-MM-DD in the build machine's time zone, as git's %cs gives commit dates. */
export function isoDate(d: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
