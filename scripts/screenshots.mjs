#!/usr/bin/env node
// Screenshots of built pages at phone and desktop widths, for looking at the
// design as a reader would. Needs a build (npm run build) and Debian's Chromium.
// Usage: node scripts/screenshots.mjs [out-dir=screenshots] [path ...]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS } from './lib/chromium.mjs';
import { startServer } from './serve.mjs';

const [out = 'screenshots', ...paths] = process.argv.slice(2);
const pages = paths.length
  ? paths
  : [
      '/',
      '/roles/customer-representative/',
      '/kpis/sales-attainment/',
      '/glossary/',
      '/search/?q=客户满意度',
      '/404.html',
    ];
mkdirSync(out, { recursive: true });
const { server, url } = await startServer({ dir: 'dist', port: 0 });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
for (const width of [360, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: width < 500 ? 780 : 900 } });
  for (const p of pages) {
    await page.goto(url + p, { waitUntil: 'networkidle' });
    const name = `${width}-${
      p
        .replace(/[^a-z0-9]+/gi, '_')
        .replace(/^_|_$/g, '')
        .slice(0, 60) || 'home'
    }.png`;
    await page.screenshot({ path: join(out, name), fullPage: process.env.FULL === '1' });
    console.log(join(out, name));
  }
  await page.close();
}
await browser.close();
server.close();
