#!/usr/bin/env node
// npm run bench [-- --quick] [-- --only=weight|lighthouse|scale] [-- --lighthouse-runs=N (default 3; 1 with --quick)]
//   [-- --pages=search,role (Lighthouse on these pages of bench/pages.mjs only)]
// Measures what npm test does not assert and writes bench/out/report.md and
// bench/out/report.json (the markdown tables are printed too):
//   1. page weight per page type in Chromium (dist/ as built);
//   2. Lighthouse mobile scores and LCP/TBT/CLS for the same pages;
//   3. build scale: synthetic handbooks of ~1,000 and ~10,000 pages (--quick: 1,000 only).
// Nothing here is a test: it never fails on a figure, only on a crash.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, CHROMIUM_FLAGS } from './pages.mjs';
import { measureWeight, TYPES } from './weight.mjs';
import { CATEGORIES, measureLighthouse } from './lighthouse.mjs';
import { measureBuild, rolesFor } from './scale.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'bench', 'out');
const DIST = join(ROOT, 'dist');
const PARTS = ['weight', 'lighthouse', 'scale'];
const GOALS = { pages: 10_000, wallS: 120, peakMB: 3.5 * 1024, toolPageGzipKB: 30 };
const COMPARE_GOAL = 30 * 1024;

const argv = process.argv.slice(2);
const flag = (name) => argv.find((a) => a === `--${name}` || a.startsWith(`--${name}=`));
const value = (name) => flag(name)?.split('=')[1];
const quick = Boolean(flag('quick'));
const only = value('only');
if (only && !PARTS.includes(only)) {
  console.error(`--only must be one of ${PARTS.join(', ')}`);
  process.exit(2);
}
const parts = only ? [only] : PARTS;
const lighthouseRuns = Number(value('lighthouse-runs') ?? (quick ? 1 : 3));
const lighthousePages = value('pages')?.split(',').filter(Boolean);
const log = (s) => console.error(s);

const kb = (n) => (n / 1024).toFixed(1);
const s1 = (n) => (Number.isFinite(n) ? n.toFixed(1) : '–');
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');

function machine() {
  let chromium = '';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    chromium = 'not found';
  }
  const nproc = Number(spawnSync('nproc', { encoding: 'utf8' }).stdout.trim()) || cpus().length;
  return {
    nproc,
    cpu: cpus()[0]?.model ?? '',
    memoryGB: +(totalmem() / 2 ** 30).toFixed(1),
    freeGB: +(freemem() / 2 ** 30).toFixed(1),
    node: process.version,
    chromium,
  };
}

function ensureDist() {
  if (existsSync(join(DIST, 'index.html'))) return false;
  log('dist/index.html is missing: running npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  if (r.status !== 0) throw new Error('npm run build failed');
  return true;
}

/** HTML pages of the real build that are not one content entry each (home, indexes, tools, search, 404). */
function fixedPages() {
  const count = (dir, ext) =>
    readdirSync(dir, { withFileTypes: true }).reduce(
      (n, e) =>
        n + (e.isDirectory() ? count(join(dir, e.name), ext) : e.name.endsWith(ext) ? 1 : 0),
      0,
    );
  const html = existsSync(DIST) ? count(DIST, '.html') : 0;
  const entries = count(join(ROOT, 'content'), '');
  const other = html - entries;
  // Synthetic content keeps 17 departments, 8 terms and 2 guides.
  return (other > 0 && other < 100 ? other : 14) + 17 + 8 + 2;
}

/** A fixed CPU loop, timed three times: shows how steady this machine's CPU is while the bench runs. */
function cpuCheck() {
  return [0, 1, 2].map(() => {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 1e8; i++) x += i % 7;
    if (x < 0) console.log(x);
    return Math.round(performance.now() - t);
  });
}

/** @type {Record<string, any>} grows a part at a time, as each measurement ends */
const report = {
  date: new Date().toISOString(),
  command: `npm run bench${argv.length ? ` -- ${argv.join(' ')}` : ''}`,
  machine: machine(),
  cpuCheck: cpuCheck(),
  quick,
  parts,
};
const md = [];
const started = performance.now();

md.push('# Rolebook bench', '');
md.push(`- date: ${report.date.replace('T', ' ').slice(0, 19)} UTC`);
md.push(
  `- machine: ${report.machine.nproc} cores (${report.machine.cpu}), ${report.machine.memoryGB} GB memory; Node ${report.machine.node}; ${report.machine.chromium}`,
);
md.push(`- command: \`${report.command}\``);
md.push(`- CPU check (10⁸-iteration loop, 3 times): ${report.cpuCheck.join(' / ')} ms`);
md.push('');

if (parts.includes('weight') || parts.includes('lighthouse')) report.builtDist = ensureDist();

if (parts.includes('weight')) {
  log('page weight…');
  try {
    const w = await measureWeight({ dist: DIST, log });
    report.weight = w;
    md.push('## Page weight', '');
    md.push(
      `Every response Chromium ${w.chromium} receives loading each page of \`dist/\` (fresh context, viewport ${w.viewport}, no scrolling, until network idle; the search page until its results are shown). ` +
        'Cells: requests · KB gzip (KB raw). “gzip” is each body gzipped at level 9, as `scripts/serve.mjs` sends text, ' +
        'except bodies that are gzip files already (Pagefind’s index, fragments and wasm), counted as served.',
      '',
    );
    md.push(
      table(
        ['page', ...TYPES, 'total'],
        w.pages.map((p) => [
          `${p.name} \`${p.path}\``,
          ...TYPES.map((t) =>
            p.byType[t].count
              ? `${p.byType[t].count} · ${kb(p.byType[t].gzip)} (${kb(p.byType[t].bytes)})`
              : '–',
          ),
          `**${p.total.count} · ${kb(p.total.gzip)}** (${kb(p.total.bytes)})`,
        ]),
      ),
      '',
    );
    const widgetPages = w.pages.filter(
      (p) => p.scripts.load.framework.count + p.scripts.use.framework.count,
    );
    md.push(
      '### Widget pages: framework vs own script',
      '',
      'Script responses, KB gzip: the framework (React, react-dom, scheduler and the React renderer: the ' +
        '`vendor-*` chunks and the islands’ renderer) and our own code built from `src/`. Astro’s island ' +
        'element and directives are inline in the document. “First use” is what focusing the grader loads. ' +
        '“Widget and engine” is our own code less the files every page loads (the header search): the 20 KB budget.',
      '',
    );
    const cell = (x) => (x.count ? `${x.count} · ${kb(x.gzip)}` : '–');
    md.push(
      table(
        [
          'page',
          'framework',
          'own',
          'first use: framework',
          'first use: own',
          'widget and engine',
          'total',
        ],
        widgetPages.map((p) => {
          const { load, use } = p.scripts;
          const sum = load.framework.gzip + load.own.gzip + use.framework.gzip + use.own.gzip;
          const cells = [load.framework, load.own, use.framework, use.own].map(cell);
          return [`${p.name} \`${p.path}\``, ...cells, cell(p.scripts.widget), `**${kb(sum)}**`];
        }),
      ),
      '',
    );
  } catch (e) {
    report.weight = { error: String(e?.stack ?? e) };
    md.push(
      '## Page weight',
      '',
      `Could not measure: ${String(e?.message ?? e).split('\n')[0]}`,
      '',
    );
  }
}

if (parts.includes('lighthouse')) {
  log('lighthouse…');
  md.push('## Lighthouse (mobile)', '');
  /** @type {Record<string, any>} */
  let lh;
  try {
    lh = await measureLighthouse({ dist: DIST, runs: lighthouseRuns, pages: lighthousePages, log });
  } catch (e) {
    lh = { error: String(e?.message ?? e).split('\n')[0] };
  }
  report.lighthouse = lh;
  if (lh.error) md.push(`Lighthouse could not run here: ${lh.error}`, '');
  else {
    md.push(
      `Lighthouse ${lh.version}, default mobile config (simulated slow 4G, 4× CPU slowdown), ${lh.runs === 1 ? 'one run' : `median of ${lh.runs} runs by performance score`} per page; ` +
        `${CHROMIUM} via chrome-launcher with \`${[...CHROMIUM_FLAGS, '--headless=new'].join(' ')}\`; served by scripts/serve.mjs over ${lh.protocol}. Host benchmark index: ${lh.pages.find((p) => p.benchmarkIndex)?.benchmarkIndex ?? '–'}.`,
      '',
    );
    md.push(
      table(
        ['page', 'performance', 'accessibility', 'best practices', 'SEO', 'LCP s', 'TBT ms', 'CLS'],
        lh.pages.map((p) =>
          p.error
            ? [`${p.name} \`${p.path}\``, `error: ${p.error}`, '', '', '', '', '', '']
            : [
                `${p.name} \`${p.path}\``,
                ...CATEGORIES.map((c) => String(p.scores[c] ?? '–')),
                (p.lcpMs / 1000).toFixed(2),
                String(Math.round(p.tbtMs)),
                p.cls.toFixed(3),
              ],
        ),
      ),
      '',
    );
    const failed = lh.pages
      .filter((p) => p.failedAudits?.length)
      .map((p) => `${p.name}: ${p.failedAudits.join(', ')}`);
    const warnings = lh.pages
      .filter((p) => p.warnings?.length)
      .map((p) => `${p.name}: ${p.warnings.join('; ')}`);
    if (failed.length) md.push(`Failed pass/fail audits: ${failed.join(' · ')}`, '');
    if (warnings.length) md.push(`Run warnings: ${warnings.join(' · ')}`, '');
    const shifting = lh.pages.filter((p) => p.cls > 0.01 && p.layoutShifts?.length);
    for (const p of shifting)
      md.push(
        `CLS on ${p.name}: ${p.layoutShifts.map((x) => `\`${x.element}\` (${x.score.toFixed(3)})`).join(', ')}.`,
        '',
      );
  }
}

if (parts.includes('scale')) {
  log('build scale…');
  mkdirSync(OUT, { recursive: true });
  const fixed = fixedPages();
  const sizes = quick ? [1_000] : [1_000, 10_000];
  /** @type {Record<string, any>[]} */
  const builds = [];
  for (const target of sizes) {
    try {
      builds.push({
        target,
        ...(await measureBuild({
          roles: rolesFor(target, fixed),
          label: `${target / 1000}k`,
          logDir: OUT,
          log,
        })),
      });
    } catch (e) {
      builds.push({
        target,
        label: `${target / 1000}k`,
        error: String(e?.message ?? e).split('\n')[0],
      });
    }
  }
  report.scale = { builds, goals: GOALS };
  md.push('## Build scale', '');
  md.push(
    'Synthetic handbook (`bench/generate.mjs`: N roles × (role, 6 responsibilities, 1 case, 3 KPIs, 1 scorecard) + 17 departments, 8 terms, 2 guides; ' +
      'Chinese text from the real content) in a temp copy of the project, cold caches, built as `npm run build` does (`astro build`, `pagefind --site dist`, `scripts/pagefind-chunks.mjs`). ' +
      `Wall time and peak RSS from ${builds.find((b) => b.method)?.method ?? 'GNU time -v'}. Pages = HTML files in dist/ (the /api/ JSON files are extra).`,
    '',
  );
  md.push(
    table(
      [
        'size',
        'roles',
        'pages',
        'api JSON',
        'wall s',
        'astro s: setup / bundle / render',
        'pagefind s',
        'peak MB (astro / pagefind)',
        'pages/s',
        'status',
      ],
      builds.map((b) =>
        b.wallS === undefined
          ? [
              b.label,
              String(b.roles ?? '–'),
              '–',
              '–',
              '–',
              '–',
              '–',
              '–',
              '–',
              `error: ${b.error}`,
            ]
          : [
              b.label,
              String(b.roles),
              String(b.pages),
              String(b.apiJson),
              s1(b.wallS),
              `${b.astro ? s1(b.astro.wallS) : '–'}: ${s1(b.astroPhases?.setupS)} / ${s1(b.astroPhases?.bundleS)} / ${s1(b.astroPhases?.renderS)}`,
              b.pagefind ? s1(b.pagefind.wallS) : '–',
              `${b.peakMB.toFixed(0)}${b.astro ? ` (${b.astro.peakMB.toFixed(0)} / ${b.pagefind?.peakMB.toFixed(0) ?? '–'})` : ''}`,
              s1(b.pagesPerS),
              b.error ? `error: ${b.error}` : 'ok',
            ],
      ),
    ),
    '',
  );
  const [small, large] = builds;
  if (small?.wallS && large?.wallS && !small.error && !large.error) {
    const pagesRatio = large.pages / small.pages;
    const timeRatio = large.wallS / small.wallS;
    const memRatio = large.peakMB / small.peakMB;
    const exponent = Math.log(timeRatio) / Math.log(pagesRatio);
    report.scale.ratios = { pagesRatio, timeRatio, memRatio, timeExponent: exponent };
    md.push(
      table(
        ['goal at ~10k pages', 'measured', 'met'],
        [
          [
            `wall ≤ ${GOALS.wallS} s`,
            `${s1(large.wallS)} s`,
            large.wallS <= GOALS.wallS ? 'yes' : '**no**',
          ],
          [
            `peak RSS ≤ 3.5 GB (${GOALS.peakMB} MB)`,
            `${large.peakMB.toFixed(0)} MB`,
            large.peakMB <= GOALS.peakMB ? 'yes' : '**no**',
          ],
          [
            'time grows no worse than linear',
            `pages ×${pagesRatio.toFixed(2)} → time ×${timeRatio.toFixed(2)} (exponent ${exponent.toFixed(2)}), memory ×${memRatio.toFixed(2)}`,
            timeRatio <= pagesRatio * 1.05 ? 'yes' : '**no**',
          ],
        ],
      ),
      '',
    );
  }
  const withTools = builds.filter((b) => b.toolPages?.length);
  if (withTools.length) {
    md.push(
      `Calculator pages with a sheet picker (goal: each ≤ ${GOALS.toolPageGzipKB} KB gzip at ~10k pages; the picker carries ids and titles, a sheet loads from \`/api/scorecards/<id>.json\`):`,
      '',
    );
    md.push(
      table(
        ['size', 'page', 'KB raw', 'KB gzip', 'met'],
        withTools.flatMap((b) =>
          b.toolPages.map((p) => [
            b.label,
            `\`${p.page}\``,
            p.missing ? '–' : kb(p.bytes),
            p.missing ? 'missing' : kb(p.gzip),
            p.missing ? '–' : p.gzip <= GOALS.toolPageGzipKB * 1024 ? 'yes' : '**no**',
          ]),
        ),
      ),
      '',
    );
  }
  // /compare/ holds a fixed pair and a capped picker, and fetches the rest: it must not grow.
  const compared = builds.filter((b) => b.comparePage);
  if (compared.length) {
    md.push(
      table(
        ['pages', '`/compare/` KB gzip', 'goal ≤ 30 KB at ~10k pages'],
        compared.map((b) => [
          String(b.pages),
          kb(b.comparePage),
          b.comparePage <= COMPARE_GOAL ? 'yes' : '**no**',
        ]),
      ),
      '',
    );
  }
  const biggest = builds.filter((b) => b.largestPages?.length).at(-1);
  if (biggest) {
    md.push(
      `Largest HTML pages at ${biggest.pages} pages (pages that list every entry grow with the handbook):`,
      '',
    );
    md.push(
      table(
        ['page', 'KB raw', 'KB gzip'],
        biggest.largestPages.map((p) => [`\`${p.page}\``, kb(p.bytes), kb(p.gzip)]),
      ),
      '',
    );
  }
  md.push(
    '“setup” is Astro up to its build proper (config hooks including the content check of `src/integrations/content-check.ts`, content sync, types); ' +
      '“bundle” is Vite; “render” is generating the static routes. ' +
      `One build per size: wall times on a shared 2-core machine vary between runs by tens of percent (compare the CPU check at the top across reports).`,
    '',
  );
  if (builds.some((b) => b.log))
    md.push(
      `Build logs: ${builds
        .filter((b) => b.log)
        .map((b) => `\`bench/out/${b.log.split('/').pop()}\``)
        .join(', ')}.`,
      '',
    );
}

report.durationS = (performance.now() - started) / 1000;
md.push(`_Bench took ${report.durationS.toFixed(0)} s._`, '');
mkdirSync(OUT, { recursive: true });
const text = md.join('\n');
writeFileSync(join(OUT, 'report.md'), text);
writeFileSync(join(OUT, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
console.log(text);
log(`wrote ${join('bench', 'out', 'report.md')} and report.json`);
