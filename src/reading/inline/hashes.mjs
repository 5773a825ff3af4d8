// Hashes of the inline scripts in src/reading/inline/, for the CSP's script-src: Astro
// hashes the scripts it bundles, not `is:inline` ones. The scripts carry no comments, as
// every byte is sent on every page; what they do:
// - theme.js, first in every <body> (after the CSP meta): puts the stored theme (localStorage 'rolebook-theme') on
//   <html data-theme> and marks <html class="js"> before the first paint, so there is no
//   flash; then runs the header's theme switch (aria-pressed, remembered) and menu button
//   (aria-expanded; Escape closes it and returns focus), by delegation, as the header is
//   not parsed yet. It is inline rather than a module so /search/ keeps within its 3 KB.
// - search-preload.js, on /search/: when the address carries ?q=, the page will search at
//   once, so what Pagefind needs is fetched alongside the page, not after it: its script
//   and the search client (modulepreload), and what Pagefind's web worker reads: the
//   worker's script, the WebAssembly, the entry file (under the build's cache tag), the
//   metadata, and the index chunk of each word of the query, picked by the chunk ranges
//   scripts/pagefind-chunks.mjs writes into the page's <script data-search-index>. The
//   words are split with Intl.Segmenter, as Pagefind splits them, in a small worker of
//   its own: building a Chinese word segmenter takes tens of milliseconds, which the
//   parser would otherwise wait for. They are plain fetches, as a preload would not match
//   the worker's own requests: the worker finds them in the HTTP cache, which
//   public/_headers lets keep them. Other pages load Pagefind only on use.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { transformSync } from 'esbuild';

export const inlineScripts = ['theme.js', 'search-preload.js'];

/**
 * An inline script's text as pages carry it: minified, as it is sent with every page (the
 * search page's scripts must stay within a light page's 3 KB). Pages import the file with
 * `?raw` and pass it through this; the hashes below are of the same text.
 * @param {string} text the file's source
 */
export function minifyInline(text) {
  return transformSync(text, { minify: true, loader: 'js' }).code.trim();
}

/** @returns {`sha256-${string}`[]} */
export function inlineScriptHashes() {
  return inlineScripts.map((name) => {
    const text = minifyInline(readFileSync(new URL(name, import.meta.url), 'utf8'));
    return `sha256-${createHash('sha256').update(text).digest('base64')}`;
  });
}
