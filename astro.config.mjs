// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { clientDirectives } from './src/directives/index.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { leanPreloadHelper } from './src/integrations/lean-preload-helper.ts';
import { localized404 } from './src/integrations/localized-404.ts';
import { inlineScriptHashes } from './src/reading/inline/hashes.mjs';
import { siteUrl } from './src/lib/site-url.ts';

/**
 * Browser code from node_modules (React, react-dom, scheduler, the React
 * renderer, and zod for a shared link's state) go into chunks named vendor-*, never
 * mixed with code built from src/: the budget test tells framework from our
 * own code by that name (test/support/weight.ts).
 * @param {string} id a module id
 */
function vendorChunk(id) {
  if (/[\\/]node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/.test(id))
    return 'vendor-react';
  const pkg = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1];
  return pkg ? `vendor-${pkg.replace(/[@\\/]+/g, '-').replace(/^-/, '')}` : null;
}

export default defineConfig({
  // SITE=https://jobs.example.cn npm run build: canonical URLs and the sitemap follow it.
  site: siteUrl(process.env.SITE),
  trailingSlash: 'always',
  // Chinese at /, English at /en/ (src/i18n/); pages read Astro.currentLocale.
  i18n: {
    locales: ['zh-CN', 'en'],
    defaultLocale: 'zh-CN',
    routing: { prefixDefaultLocale: false },
  },
  // The shared stylesheet (tokens, typography, layout: ~2.5 KB gzip) is one cached file
  // for every page a reader opens; each page's own small styles stay inline. Inlining
  // everything cost every page the same 2.5 KB again and pushed the role pages past
  // their 20 KB HTML budget.
  build: { format: 'directory', inlineStylesheets: 'auto' },
  // Shiki writes inline style attributes, which the CSP below forbids; code
  // blocks in guides are plain <pre><code>.
  markdown: { syntaxHighlight: false },
  // Lazy chunks (the search client, the state schema, the team's overview) load when
  // used. Astro sets the top-level modulePreload itself, so the first plugin turns it
  // off for the browser build (a lazy chunk then preloads nothing but its stylesheets);
  // the second swaps Vite's ~0.9 KB preload helper for one that does only that.
  vite: {
    plugins: [
      {
        name: 'rolebook:no-module-preload',
        configEnvironment: (name) =>
          name === 'client' ? { build: { modulePreload: false } } : undefined,
      },
      leanPreloadHelper(),
    ],
    environments: {
      client: {
        build: {
          rolldownOptions: { output: { codeSplitting: { groups: [{ name: vendorChunk }] } } },
        },
      },
    },
  },
  // The widgets are React islands; clientDirectives() adds client:first-use,
  // which role pages use so that React loads only when a reader starts grading.
  integrations: [
    contentCheck(),
    mdx(),
    react(),
    clientDirectives(),
    // Not-found pages are not pages to list.
    sitemap({ filter: (page) => !/\/404\/$/.test(page) }),
    localized404(),
  ],
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
