// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { inlineScriptHashes } from './src/reading/inline/hashes.mjs';

export default defineConfig({
  site: 'https://rolebook.example',
  trailingSlash: 'always',
  // Each page carries its CSS in <style> (2–4 KB gzip): no render-blocking
  // stylesheet request before the first paint.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Shiki writes inline style attributes, which the CSP below forbids; code
  // blocks in guides are plain <pre><code>.
  markdown: { syntaxHighlight: false },
  // Lazy chunks (the search client) load when used; Vite's preload helper
  // would add ~1 KB to every page's script for nothing.
  vite: { build: { modulePreload: false } },
  // Widgets are written against React's API (hooks, JSX) and run on Preact
  // through preact/compat: the scorecard page's whole script stays within its
  // 75 KB budget, which React 19's 69 KB runtime alone nearly fills.
  integrations: [contentCheck(), mdx(), preact({ compat: true }), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
  security: {
    // A <meta> CSP on every page; Astro adds the hashes of its own inline
    // scripts and styles. Pagefind compiles WebAssembly, which needs
    // 'wasm-unsafe-eval' (it allows no JavaScript eval).
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The theme (before first paint) and the search page's early Pagefind fetch.
        hashes: inlineScriptHashes(),
      },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
