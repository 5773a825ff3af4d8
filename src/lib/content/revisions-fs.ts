import { execFileSync } from 'node:child_process';
import { GIT_LOG_FORMAT, isoDate, lastUpdated, parseGitLog, type History } from './revisions';

/** Node only: reads the git history of content/ once, with two git processes in all. */
export function readHistory(root: string, dir = 'content', now = buildTime()): History {
  const buildDate = isoDate(now);
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'core.quotePath=off', ...args], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  let shallow: boolean;
  try {
    if (git('rev-parse', '--is-inside-work-tree').trim() !== 'true') throw new Error('bare');
    shallow = git('rev-parse', '--is-shallow-repository').trim() === 'true';
  } catch {
    // Not a checkout (an unpacked archive), or git is not installed.
    return { git: false, shallow: false, buildDate, commits: [] };
  }
  // --relative: file names relative to root even when root is a subfolder of the repository.
  // The main line's history: a merge counts as the change it brought to main.
  const log = git(
    'log',
    '--first-parent',
    '--diff-merges=first-parent',
    '--relative',
    '--name-only', `--format=${GIT_LOG_FORMAT}`, '--', dir);
  return { git: true, shallow, buildDate, commits: parseGitLog(log, shallow) };
}

/** The build's time; SOURCE_DATE_EPOCH (seconds) fixes it for reproducible builds. */
function buildTime(): Date {
  const epoch = Number(process.env['SOURCE_DATE_EPOCH']);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

let cached: History | undefined;

/** The history of this project's content/, read once per build. */
export function projectHistory(): History {
  cached ??= readHistory(process.cwd());
  return cached;
}

/** The fields /api/ adds to an entry: its last-updated date and where the date comes from. */
export function apiUpdated(file: string | undefined): { updated: string; updatedFrom: string } {
  const u = lastUpdated(projectHistory(), file);
  return { updated: u.date, updatedFrom: u.from };
}
