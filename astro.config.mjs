// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';

export default defineConfig({
  site: 'https://rolebook.example',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), react(), sitemap()],
  server: { host: '127.0.0.1', port: 4321 },
});
