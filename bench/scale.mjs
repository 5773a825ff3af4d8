// Build scale: a synthetic handbook (bench/generate.mjs) in a temp copy of the
// project, built as `npm run build` does (astro build, pagefind, index re-cut) under
// GNU time -v (wall time, peak RSS of the largest single process), each step
// also under its own time -v. Without /usr/bin/time, the process tree's RSS
// is sampled from /proc every 100 ms instead (the sum over the tree).
import { spawn, spawnSync } from 'node:child_process';
import {
  createWriteStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { PAGES_PER_ROLE, writeProject } from './generate.mjs';

const TIME = '/usr/bin/time';

export function haveGnuTime() {
  if (!existsSync(TIME)) {
    // Try to install it (Debian package "time"); fall back to sampling if that fails.
    spawnSync('sh', ['-c', 'apt-get install -y -qq time >/dev/null 2>&1'], {
      stdio: 'ignore',
      timeout: 120_000,
    });
  }
  return (
    existsSync(TIME) &&
    spawnSync(TIME, ['-v', 'true'], { encoding: 'utf8' }).stderr.includes(
      'Maximum resident set size',
    )
  );
}

function parseTimeV(text) {
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)/.exec(text)?.[1];
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(text)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(text)?.[1];
  const sys = /System time \(seconds\): ([\d.]+)/.exec(text)?.[1];
  const status = /Exit status: (\d+)/.exec(text)?.[1];
  const seconds = wall ? wall.split(':').reduce((s, part) => s * 60 + Number(part), 0) : NaN;
  return {
    wallS: seconds,
    peakMB: rss ? Number(rss) / 1024 : NaN,
    cpuS: Number(user) + Number(sys),
    exit: status === undefined ? null : Number(status),
  };
}

/** Astro's durations: "439ms", "13.71s", "1m 9s". */
export function seconds(text) {
  const m = /^(?:(\d+)m\s*)?(?:([\d.]+)(ms|s))?$/.exec(text.trim());
  if (!m || (!m[1] && !m[2])) return undefined;
  return Number(m[1] ?? 0) * 60 + (m[2] ? Number(m[2]) / (m[3] === 'ms' ? 1000 : 1) : 0);
}

/** Astro's phases from its log: setup (config hooks, content check, content sync, types), Vite bundling, page rendering. */
export function astroPhases(logText) {
  const lines = logText.split('\n');
  let setupS, renderS, totalS, routes;
  let bundleS = 0;
  let after = '';
  for (const line of lines) {
    if (line.includes('Collecting build info')) after = 'setup';
    else if (line.includes('generating static routes')) after = 'render';
    const vite = /\[vite\] ✓ built in (.+)$/.exec(line);
    if (vite) bundleS += seconds(vite[1]) ?? 0;
    const done = /✓ Completed in (.+?)\.?$/.exec(line);
    if (done && after) {
      if (after === 'setup') setupS = seconds(done[1]);
      if (after === 'render') renderS = seconds(done[1]);
      after = '';
    }
    const total = /(\d+) page\(s\) built in (.+)$/.exec(line);
    if (total) {
      routes = Number(total[1]);
      totalS = seconds(total[2]);
    }
  }
  return { setupS, bundleS: bundleS || undefined, renderS, totalS, routes };
}

function largestHtml(dir, n = 5) {
  const all = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) all.push({ path: p, bytes: statSync(p).size });
    }
  };
  walk(dir);
  return all
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, n)
    .map((f) => ({
      page: `/${relative(dir, f.path).replace(/index\.html$/, '')}`,
      bytes: f.bytes,
      gzip: gzipSync(readFileSync(f.path), { level: 9 }).length,
    }));
}

/** The pages that must not grow with the handbook: the calculators with a sheet picker. */
export const TOOL_PAGES = ['/tools/scorecard/', '/tools/team/'];

function toolPages(dir) {
  return TOOL_PAGES.map((page) => {
    const file = join(dir, page, 'index.html');
    if (!existsSync(file)) return { page, missing: true };
    const bytes = readFileSync(file);
    return { page, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
}

function countFiles(dir, test) {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) n += countFiles(join(dir, e.name), test);
    else if (test(e.name)) n += 1;
  }
  return n;
}

/** Sum of RSS (MB) over a process and its descendants, from /proc. */
function treeRssMB(rootPid) {
  const children = new Map();
  const rss = new Map();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(fields[1]);
      rss.set(Number(pid), (Number(fields[21]) * 4096) / 1048576);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // The process ended while we read.
    }
  }
  let sum = 0;
  const stack = [rootPid];
  while (stack.length) {
    const p = stack.pop();
    sum += rss.get(p) ?? 0;
    stack.push(...(children.get(p) ?? []));
  }
  return sum;
}

function run(cmd, args, { cwd, env, logFile }) {
  return new Promise((ok) => {
    const out = createWriteStream(logFile, { flags: 'a' });
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRssMB(child.pid))), 100);
    const started = performance.now();
    child.on('close', (code) => {
      clearInterval(sampler);
      out.end();
      ok({ code, wallS: (performance.now() - started) / 1000, sampledPeakMB: peak });
    });
  });
}

/** Roles for about `target` HTML pages: 12 a role plus the pages that do not grow with content. */
export function rolesFor(target, fixedPages) {
  return Math.max(2, Math.round((target - fixedPages) / PAGES_PER_ROLE));
}

/** @param {{ roles: number, label: string, logDir: string, log?: (line: string) => void }} options */
export async function measureBuild({ roles, label, logDir, log = () => {} }) {
  const dir = mkdtempSync(join(tmpdir(), `rolebook-bench-${label}-`));
  const logFile = join(logDir, `scale-${label}.log`);
  rmSync(logFile, { force: true });
  try {
    const gen = writeProject({ roles, out: dir });
    log(`  scale ${label}: ${roles} roles, ${gen.entries} entries in ${dir}; building…`);
    const env = {
      ...process.env,
      PATH: `${join(dir, 'node_modules', '.bin')}:${process.env.PATH}`,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    const rechunk = `node ${JSON.stringify(fileURLToPath(new URL('../scripts/pagefind-chunks.mjs', import.meta.url)))} dist`;
    const gnu = haveGnuTime();
    let result;
    if (gnu) {
      const script = `${TIME} -v -o .time-astro npx astro build && ${TIME} -v -o .time-pagefind npx pagefind --site dist && ${rechunk}`;
      const r = await run(TIME, ['-v', '-o', '.time-total', 'sh', '-c', script], {
        cwd: dir,
        env,
        logFile,
      });
      const read = (f) =>
        existsSync(join(dir, f)) ? parseTimeV(readFileSync(join(dir, f), 'utf8')) : undefined;
      const total = read('.time-total');
      if (!total) throw new Error(`GNU time wrote no report in ${dir}`);
      result = {
        exit: r.code,
        wallS: total.wallS,
        peakMB: total.peakMB,
        cpuS: total.cpuS,
        astro: read('.time-astro'),
        pagefind: read('.time-pagefind'),
        method: 'GNU time -v (peak = largest single process)',
      };
    } else {
      const r = await run(
        'sh',
        ['-c', `npx astro build && npx pagefind --site dist && ${rechunk}`],
        { cwd: dir, env, logFile },
      );
      result = {
        exit: r.code,
        wallS: r.wallS,
        peakMB: r.sampledPeakMB,
        method: 'RSS of the process tree sampled every 100 ms (sum over the tree)',
      };
    }
    const logText = readFileSync(logFile, 'utf8');
    const phases = astroPhases(logText);
    const dist = join(dir, 'dist');
    const pages = existsSync(dist) ? countFiles(dist, (n) => n.endsWith('.html')) : 0;
    const json = existsSync(join(dist, 'api'))
      ? countFiles(join(dist, 'api'), (n) => n.endsWith('.json'))
      : 0;
    const indexed = /Indexed (\d+) pages/.exec(logText)?.[1];
    /** @type {Record<string, any>} */
    const out = {
      label,
      roles,
      entries: gen.entries,
      pages,
      apiJson: json,
      astroPhases: phases,
      largestPages: existsSync(dist) ? largestHtml(dist) : [],
      toolPages: existsSync(dist) ? toolPages(dist) : [],
      comparePage: existsSync(join(dist, 'compare', 'index.html'))
        ? gzipSync(readFileSync(join(dist, 'compare', 'index.html')), { level: 9 }).length
        : undefined,
      pagefindIndexed: indexed ? Number(indexed) : undefined,
      ...result,
      pagesPerS: pages / result.wallS,
      log: logFile,
    };
    if (result.exit !== 0) out.error = `build exited ${result.exit}; see ${logFile}`;
    log(
      `  scale ${label}: ${pages} pages in ${result.wallS.toFixed(1)} s, peak ${result.peakMB.toFixed(0)} MB${out.error ? ` (${out.error})` : ''}`,
    );
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
