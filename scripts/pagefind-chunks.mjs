#!/usr/bin/env node
// Splits Pagefind's word index into smaller chunks after `pagefind --site dist`.
//
// Pagefind 1.6 cuts its index into chunks of 20,000 word locations (~28 KB
// gzip each here) and has no option for it yet. A search loads one chunk per
// word, and a Chinese query is often two words (客户满意度 → 客户 + 满意度), so a
// first query cost two 28 KB chunks on top of Pagefind's 70 KB of script and
// WebAssembly. This script re-cuts the same sorted word list into chunks of
// CHUNK_LOCATIONS locations and names their ranges exactly as Pagefind does
// (first/last word, shortened to the shortest prefixes that still tell
// neighbours apart), then rewrites the language's metadata to point at them.
// Nothing else changes: pages, fragments, filters and the WebAssembly are
// Pagefind's own.
//
// The files are Pagefind's documented-in-source format: gzip of
// "pagefind_dcd" + CBOR. The script refuses any other Pagefind version, so an
// upgrade is checked here first.
//
// Then it writes the index's file names into each search page's
// <script data-search-index>, so that /search/?q=… can preload the entry file, the
// metadata and its query's chunks with the page (src/reading/inline/search-preload.js)
// instead of discovering them one after another.
//
// Usage: node scripts/pagefind-chunks.mjs [dist=dist]
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decodeCbor, encodeCbor } from './lib/cbor.mjs';

export const PAGEFIND_VERSION = '1.6.0';
/** Word locations per chunk; Pagefind's own figure is 20,000. */
export const CHUNK_LOCATIONS = 4000;
const SIGNATURE = Buffer.from('pagefind_dcd');

/** A Pagefind data file (index chunk, metadata, filter), decoded. */
export function readPagefindFile(file) {
  const raw = gunzipSync(readFileSync(file));
  if (!raw.subarray(0, SIGNATURE.length).equals(SIGNATURE))
    throw new Error(`${file}: not a Pagefind data file`);
  return decodeCbor(raw.subarray(SIGNATURE.length));
}

const packPagefindFile = (value) =>
  gzipSync(Buffer.concat([SIGNATURE, encodeCbor(value)]), { level: 9 });

/** A word's weight in the chunking rule: one per page it is on, plus one per location. */
const sizeOf = (word) => word[1].reduce((sum, page) => sum + page[1].length + 1, 0);

/** Cuts sorted words into runs that reach `limit` locations (the last run may be smaller). */
export function cutChunks(words, limit) {
  const chunks = [];
  let current = [];
  let size = 0;
  for (const word of words) {
    current.push(word);
    size += sizeOf(word);
    if (size >= limit) {
      chunks.push(current);
      current = [];
      size = 0;
    }
  }
  if (current.length) chunks.push(current);
  return chunks;
}

/** The shortest prefixes of two neighbouring words that still differ, as Pagefind names chunk edges. */
export function edgePrefixes(last, next) {
  const a = [...last];
  const b = [...next];
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [a.slice(0, common + 1).join(''), b.slice(0, common + 1).join('')];
}

/** [from, to] of each chunk. */
export function chunkRanges(chunks) {
  const ranges = chunks.map((c) => [c[0][0], c[c.length - 1][0]]);
  for (let i = 0; i + 1 < ranges.length; i++)
    [ranges[i][1], ranges[i + 1][0]] = edgePrefixes(ranges[i][1], ranges[i + 1][0]);
  return ranges;
}

/** Words must stay in the order Pagefind sorted them in (by UTF-8 bytes). */
function assertSorted(words) {
  for (let i = 1; i < words.length; i++)
    if (Buffer.compare(Buffer.from(words[i - 1][0]), Buffer.from(words[i][0])) >= 0)
      throw new Error(
        `Pagefind's words are not in order at "${words[i - 1][0]}" / "${words[i][0]}"`,
      );
}

export function rechunk(dist, limit = CHUNK_LOCATIONS) {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
  if (entry.version !== PAGEFIND_VERSION)
    throw new Error(
      `pagefind-chunks: written for Pagefind ${PAGEFIND_VERSION}, found ${entry.version}; check the index format before changing PAGEFIND_VERSION`,
    );
  const report = [];
  for (const [language, { hash }] of Object.entries(entry.languages)) {
    const metaFile = join(root, `pagefind.${hash}.pf_meta`);
    const meta = readPagefindFile(metaFile);
    // MetaIndex: [version, pages, index_chunks: [from, to, hash][], filters, sorts, ...]
    const chunkList = meta[2];
    if (
      meta[0] !== PAGEFIND_VERSION ||
      !Array.isArray(chunkList) ||
      !chunkList.every((c) => Array.isArray(c) && c.length === 3)
    )
      throw new Error(`${metaFile}: unexpected metadata layout`);
    const oldFiles = chunkList.map(([, , h]) => join(root, 'index', `${h}.pf_index`));
    const words = oldFiles.flatMap((f) => readPagefindFile(f)[0]);
    assertSorted(words);
    const chunks = cutChunks(words, limit);
    const ranges = chunkRanges(chunks);
    const prefix = `${language}_`;
    meta[2] = chunks.map((words, i) => {
      const body = packPagefindFile([words]);
      const name = `${prefix}${createHash('sha256').update(body).digest('hex').slice(0, 7)}`;
      writeFileSync(join(root, 'index', `${name}.pf_index`), body);
      return [ranges[i][0], ranges[i][1], name];
    });
    const keep = new Set(meta[2].map(([, , h]) => join(root, 'index', `${h}.pf_index`)));
    for (const f of oldFiles) if (!keep.has(f)) rmSync(f);
    writeFileSync(metaFile, packPagefindFile(meta));
    report.push(`${language}: ${words.length} words, ${oldFiles.length} chunks → ${chunks.length}`);
  }
  return report;
}

const PLACEHOLDER = /<script data-search-index="[^"]*"/;
const attr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What a search page needs to preload its first query: the entry file's cache tag (Pagefind
 * asks for pagefind-entry.json?ts=<tag> when given one), the metadata file and the chunk
 * ranges of the page's language.
 */
export function searchIndexFiles(dist, language) {
  const root = join(dist, 'pagefind');
  const entry = JSON.parse(readFileSync(join(root, 'pagefind-entry.json'), 'utf8'));
  const hash = entry.languages[language]?.hash;
  if (!hash) return undefined;
  const metaFile = readFileSync(join(root, `pagefind.${hash}.pf_meta`));
  const tag = createHash('sha256')
    .update(readFileSync(join(root, 'pagefind-entry.json')))
    .update(metaFile)
    .digest('hex')
    .slice(0, 12);
  const meta = readPagefindFile(join(root, `pagefind.${hash}.pf_meta`));
  return {
    tag,
    meta: hash,
    lang: Intl.getCanonicalLocales(language)[0],
    chunks: meta[2],
  };
}

/**
 * The modules the page's own scripts import statically (the search client is a chunk shared
 * with the header search): the browser finds them only once the first script has arrived,
 * so the page preloads them with Pagefind's files.
 */
export function staticImports(dist, html) {
  const found = new Set();
  for (const [, src] of html.matchAll(/<script type="module"[^>]*\ssrc="(\/_astro\/[^"]+\.js)"/g)) {
    const code = readFileSync(join(dist, src), 'utf8');
    for (const [, rel] of code.matchAll(
      /(?:^|[;}])\s*import\s*(?:[^'"`;]*?from\s*)?"(\.\/[^"]+\.js)"/g,
    ))
      found.add(new URL(rel, `http://x${src}`).pathname);
  }
  return [...found];
}

/** Writes searchIndexFiles into the search pages (their preload script's data-search-index). */
export function writeSearchPreloads(dist, pages = ['search/index.html', 'en/search/index.html']) {
  const written = [];
  for (const page of pages) {
    const file = join(dist, page);
    if (!existsSync(file)) continue;
    const html = readFileSync(file, 'utf8');
    if (!PLACEHOLDER.test(html))
      throw new Error(`${file}: no <script data-search-index> to fill in`);
    const lang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1]?.toLowerCase() ?? '';
    const files = searchIndexFiles(dist, lang);
    if (!files) continue;
    // In the order the page preloads them: the client, then Pagefind's entry and metadata.
    const preload = [
      ...staticImports(dist, html),
      `pagefind-entry.json?ts=${files.tag}`,
      `pagefind.${files.meta}.pf_meta`,
    ];
    const content = attr(JSON.stringify({ ...files, files: preload }));
    writeFileSync(
      file,
      html.replace(
        PLACEHOLDER,
        `<script data-search-index="${content}" data-search-tag="${files.tag}"`,
      ),
    );
    written.push(`${page} (${lang}: ${files.chunks.length} chunks)`);
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dist = 'dist'] = process.argv.slice(2);
  for (const line of rechunk(dist)) console.log(`Pagefind index re-cut: ${line}`);
  const left = readdirSync(join(dist, 'pagefind', 'index')).length;
  console.log(`${left} index chunks in ${join(dist, 'pagefind', 'index')}`);
  for (const line of writeSearchPreloads(dist)) console.log(`Search preloads written: ${line}`);
}
