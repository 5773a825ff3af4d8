#!/usr/bin/env node
// npm run pdf: the whole handbook as one PDF, dist/rolebook.pdf: a cover, a table of
// contents with page numbers, every role's formal 岗位说明书 (its printed role page), the
// KPI dictionary and the glossary, with PDF bookmarks from the headings.
// It builds the site with ROLEBOOK_PDF=1 (so the home page links the PDF), serves dist/,
// gathers the printed pages into one document in Chromium and prints it once, so the
// bookmarks and page numbers run through the whole book.
// Usage: node scripts/pdf.mjs [--no-build]   (--no-build: dist/ is already built so)
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { startServer } from './serve.mjs';

const OUT = 'dist/rolebook.pdf';
const started = Date.now();

if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npm', ['run', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ROLEBOOK_PDF: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync('dist/index.html')) {
  console.error('dist/ is missing: run `npm run build` first, or drop --no-build');
  process.exit(1);
}

const { server, url } = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
try {
  // The book is put together from the site's own pages in the page's script; the CSP of
  // the page it starts from would refuse the gathered styles.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${url}/roles/`);
  await page.emulateMedia({ media: 'print' });
  const roles = await (await fetch(`${url}/api/roles.json`)).json();
  const kpis = await (await fetch(`${url}/api/kpis.json`)).json();
  const info = { roles: roles.map((r) => ({ id: r.id, title: r.title })), kpis, date: today() };
  await page.evaluate(compose, info);

  // First pass for the page numbers, second with them in the table of contents.
  let pdf = await print(page);
  const numbers = pageNumbers(
    pdf,
    await page.evaluate(() => /** @type {any} */ (window).__tocTitles),
  );
  if (numbers) {
    await page.evaluate((n) => /** @type {any} */ (window).__setPages(n), numbers);
    pdf = await print(page, OUT);
  } else {
    await print(page, OUT);
  }
  const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    `${OUT}: ${pages} pages, ${(statSync(OUT).size / 1024).toFixed(0)} KB, ` +
      `${roles.length} 岗位说明书 + KPI 词典 + 术语表, ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
} finally {
  await browser.close();
  server.close();
}

function today() {
  const d = process.env.SOURCE_DATE_EPOCH
    ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000)
    : new Date();
  return d.toISOString().slice(0, 10);
}

/** @param {import('playwright-core').Page} page @param {string} [path] */
function print(page, path) {
  return page.pdf({
    ...(path ? { path } : {}),
    preferCSSPageSize: true,
    printBackground: true,
    outline: true,
    tagged: true,
  });
}

/**
 * Each contents entry's page: the first page after the contents whose text holds the
 * entry's title (its heading or running header). Needs pdftotext (poppler-utils);
 * without it the contents list the entries without numbers.
 * @param {Buffer} pdf @param {string[]} titles
 */
function pageNumbers(pdf, titles) {
  const run = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf, maxBuffer: 1 << 28 });
  if (run.status !== 0) {
    console.warn('pdftotext not found: the table of contents has no page numbers');
    return null;
  }
  const pages = run.stdout.toString('utf8').split('\f');
  const tocEnd = pages.findIndex((p, i) => i > 0 && !p.includes('目  录') && !p.includes('目录'));
  const out = [];
  let from = Math.max(tocEnd, 1);
  for (const t of titles) {
    const want = t.replace(/\s+/g, '');
    const i = pages.findIndex((p, j) => j >= from && p.replace(/\s+/g, '').includes(want));
    out.push(i < 0 ? null : i + 1);
    if (i >= 0) from = i;
  }
  return out;
}

/**
 * Runs in the page: fetches the printed pages and puts them into this document.
 * @param {{ roles: { id: string; title: string }[]; kpis: any[]; date: string }} info
 */
async function compose(info) {
  const parse = async (u) =>
    new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html');
  const styles = new Set();
  const keepStyles = (doc) =>
    doc.querySelectorAll('style').forEach((s) => styles.add(s.textContent));
  const esc = (s) => s.replace(/[\\"]/g, '\\$&');
  const el = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    e.append(...kids);
    return e;
  };
  /** Links leave the book for the site, so they become text; in-book anchors stay. */
  const unlink = (root) =>
    root.querySelectorAll('a[href]').forEach((a) => {
      if (!a.getAttribute('href').startsWith('#doc-')) a.replaceWith(...a.childNodes);
    });
  const rename = (node, tag) => {
    const e = document.createElement(tag);
    for (const a of node.attributes) e.setAttribute(a.name, a.value);
    e.append(...node.childNodes);
    node.replaceWith(e);
    return e;
  };
  const docs = [];
  const pageRules = [];
  const toc = [];

  for (const [i, r] of info.roles.entries()) {
    const d = await parse(`/roles/${r.id}/`);
    keepStyles(d);
    const prose = /** @type {HTMLElement} */ (d.querySelector('article.prose'));
    prose
      .querySelectorAll(
        '.jd-omit, .jd-actions, .no-print, .versions, .revisions, .last-updated, .data-link, .resp-index, .grade-here, astro-island, script, .term-tip',
      )
      .forEach((e) => e.remove());
    // Bookmarks come from headings: the title is the document's h1, the numbered
    // sections h2, their parts h3, each responsibility h3; step labels are not headings.
    prose.querySelectorAll('h4').forEach((h) => rename(h, 'p').classList.add('jd-label'));
    prose.querySelectorAll('h2[data-print]').forEach((h) => {
      h.textContent = h.getAttribute('data-print');
      h.removeAttribute('data-print');
    });
    prose.querySelectorAll('.jd-sub > h2').forEach((h) => rename(h, 'h3'));
    prose.querySelectorAll('h2:not(section > h2)').forEach((h) => rename(h, 'p'));
    const title = prose.querySelector('.jd-title');
    const h1 = rename(title, 'h1');
    h1.id = `doc-${r.id}`;
    unlink(prose);
    // The formal order in the document itself (the role page only reorders it visually),
    // so that the bookmarks follow it too.
    /** @param {any} e */
    const rank = (e) =>
      e.classList.contains('jd-head')
        ? 0
        : e.dataset.jdOrder
          ? Number(e.dataset.jdOrder)
          : e.classList.contains('jd-signoff')
            ? 99
            : 90;
    prose.append(...[...prose.children].sort((a, b) => rank(a) - rank(b)));
    const doc = el('div', { class: `book-doc` });
    doc.style.page = `jd${i}`;
    doc.append(prose);
    docs.push(doc);
    const name = `${r.title}岗位说明书`;
    pageRules.push(`@page jd${i} { @top-center { content: "${esc(name)}"; } }`);
    toc.push({ id: `doc-${r.id}`, title: name });
  }

  // The KPI dictionary: every KPI's definition, formula, unit and period, then the lines
  // each role and scorecard sets (the /kpis/ page's table).
  const kd = await parse('/kpis/');
  keepStyles(kd);
  const dict = el('div', { class: 'book-doc book-kpis' });
  dict.style.page = 'kpis';
  dict.append(el('h1', { id: 'doc-kpis', class: 'jd-title' }, 'KPI 词典'));
  for (const k of info.kpis) {
    const dl = el('dl', { class: 'book-dl' });
    const row = (t, v) => v && dl.append(el('dt', {}, t), el('dd', {}, v));
    row('定义', k.definition);
    row('公式', k.formula && `${k.formula}${k.formulaAssumption ? '(假设)' : ''}`);
    row('单位', k.unit && `${k.unit.value}${k.unit.assumption ? '(假设)' : ''}`);
    row('方向', k.direction === 'higher' ? '越高越好' : '越低越好');
    row('周期', k.period);
    dict.append(el('div', { class: 'book-entry' }, el('h2', {}, k.name), dl));
  }
  const lines = kd.querySelector('article.prose table');
  if (lines) {
    unlink(lines);
    dict.append(el('h2', {}, '各岗位与考核表的合格 / 优秀线'), lines);
  }
  docs.push(dict);
  pageRules.push('@page kpis { @top-center { content: "KPI 词典"; } }');
  toc.push({ id: 'doc-kpis', title: 'KPI 词典' });

  const gd = await parse('/glossary/');
  keepStyles(gd);
  const gloss = el('div', { class: 'book-doc' });
  gloss.style.page = 'glossary';
  const gprose = /** @type {HTMLElement} */ (gd.querySelector('article.prose'));
  gprose.querySelectorAll('nav, script, .term-tip').forEach((e) => e.remove());
  unlink(gprose);
  gloss.append(el('h1', { id: 'doc-glossary', class: 'jd-title' }, '术语表'), gprose);
  docs.push(gloss);
  pageRules.push('@page glossary { @top-center { content: "术语表"; } }');
  toc.push({ id: 'doc-glossary', title: '术语表' });

  const printCss = await (await fetch('/print.css')).text();
  const cover = el(
    'div',
    { class: 'book-cover' },
    el('p', { class: 'book-kicker' }, 'Rolebook'),
    el('p', { class: 'book-name' }, '岗位手册'),
    el('p', {}, `${info.roles.length} 个岗位的岗位说明书 · KPI 词典 · 术语表`),
    el('p', {}, `生成日期:${info.date}`),
  );
  cover.style.page = 'cover';
  const list = el('ol', { class: 'book-toc-list' });
  for (const t of toc)
    list.append(
      el('li', {}, el('a', { href: `#${t.id}` }, t.title), el('span', { class: 'book-page' }, '')),
    );
  const contents = el('div', { class: 'book-toc' }, el('h1', { id: 'doc-toc' }, '目录'), list);
  contents.style.page = 'toc';

  document.head.querySelectorAll('style, link[rel="stylesheet"]').forEach((s) => s.remove());
  document.head.append(
    el('style', {}, [...styles].join('\n')),
    el('style', {}, printCss),
    el(
      'style',
      {},
      `${pageRules.join('\n')}
@page cover { @top-center { content: none; } @bottom-center { content: none; } }
@page toc { @top-center { content: "目录"; } }
.book-doc, .book-toc { break-before: page; }
.book-cover { text-align: center; padding-top: 70mm; }
.book-kicker { font-size: 14pt; letter-spacing: 0.3em; color: #444; }
.book-name { font-size: 32pt; font-weight: 700; margin: 0.2em 0 1em; }
.book-toc h1, .book-doc h1 { text-align: center; font-size: 18pt; margin: 0 0 0.8em; }
.book-toc-list { list-style: none; padding: 0; font-size: 12pt; }
.book-toc-list li { display: flex; gap: 0.5em; padding: 0.3em 0; border-bottom: 0.5pt dotted #888; }
.book-toc-list a { flex: 1; }
.book-doc h2 { font-size: 13pt; border: 0; }
.book-doc h3 { font-size: 11pt; }
.jd-label { font-weight: 700; margin: 0.5em 0 0.1em; }
.book-entry { break-inside: avoid; }
.book-dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2em 1em; }
.book-dl dt { font-weight: 700; }
.book-dl dd { margin: 0; }
.book-doc .prose { display: flex !important; flex-direction: column; }`,
    ),
  );
  document.body.replaceChildren(cover, contents, ...docs);
  document.title = 'Rolebook 岗位手册';
  const w = /** @type {any} */ (window);
  w.__tocTitles = toc.map((t) => t.title);
  w.__setPages = (/** @type {(number | null)[]} */ numbers) =>
    document.querySelectorAll('.book-page').forEach((s, i) => {
      s.textContent = numbers[i] ? `第 ${numbers[i]} 页` : '';
    });
}
