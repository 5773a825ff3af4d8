// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';

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
  integrations: [contentCheck(), mdx(), react(), sitemap()],
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
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
