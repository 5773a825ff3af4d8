// Page weight per page type: every response Chromium receives while loading a
// page (fresh context, no cache), counted and sized by type. Chromium hands
// over bodies decoded, so each is gzipped here at level 9, which is what
// scripts/serve.mjs sends; bodies that are gzip files already (Pagefind's
// index, fragments and wasm) count as they are. Scripts are split into the
// framework (the vendor-* chunks astro.config.mjs builds from node_modules,
// and the islands' renderer) and our own code, before and after a first use; a
// widget's own code is what it adds to the scripts the home page loads too.
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, PAGES } from './pages.mjs';

export const TYPES = ['document', 'script', 'stylesheet', 'wasm/fetch', 'other'];
const VENDOR_CHUNK = /^\/_astro\/vendor-[^/]+\.js$/;

function scriptSplit(responses, renderers) {
  const sum = (list) => ({ count: list.length, gzip: list.reduce((s, r) => s + r.gzip, 0) });
  const framework = (r) => VENDOR_CHUNK.test(r.url) || renderers.includes(r.url);
  const split = (phase) => {
    const scripts = responses.filter((r) => r.type === 'script' && r.phase === phase);
    return {
      framework: sum(scripts.filter(framework)),
      own: sum(scripts.filter((r) => !framework(r))),
    };
  };
  return { load: split('load'), use: split('use') };
}

function typeOf(resourceType, url) {
  if (resourceType === 'document' || resourceType === 'script' || resourceType === 'stylesheet')
    return resourceType;
  if (resourceType === 'fetch' || resourceType === 'xhr' || /\.wasm(\?|$)/.test(url))
    return 'wasm/fetch';
  return 'other';
}

/** @param {{ dist: string, log?: (line: string) => void }} options */
export async function measureWeight({ dist, log = () => {} }) {
  const { server, url: origin } = await startServer({ dir: dist, port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  const pages = [];
  try {
    for (const spec of PAGES) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const pending = [];
      let phase = 'load';
      page.on('response', (res) => {
        const at = phase;
        pending.push(
          (async () => {
            const req = res.request();
            /** @type {Buffer} */
            let body = Buffer.alloc(0);
            try {
              body = await res.body();
            } catch {
              // Redirects and aborted requests have no body.
            }
            return {
              url: res.url().replace(origin, ''),
              phase: at,
              type: typeOf(req.resourceType(), res.url()),
              resourceType: req.resourceType(),
              status: res.status(),
              bytes: body.length,
              // Pagefind's index, fragments and wasm are already gzip files
              // (magic 1f 8b): a host sends them as they are.
              precompressed: body[0] === 0x1f && body[1] === 0x8b,
              gzip:
                body[0] === 0x1f && body[1] === 0x8b
                  ? body.length
                  : body.length
                    ? gzipSync(body, { level: 9 }).length
                    : 0,
            };
          })(),
        );
      });
      await page.goto(origin + spec.path, { waitUntil: 'load' });
      if (spec.waitFor) await page.locator(spec.waitFor).first().waitFor({ timeout: 30_000 });
      await page.waitForLoadState('networkidle');
      // Let late fetches (search result fragments) register their responses.
      await page.waitForTimeout(500);
      const renderers = await page.evaluate(() =>
        [...document.querySelectorAll('astro-island[renderer-url]')].map(
          (i) => new URL(i.getAttribute('renderer-url') ?? '', location.href).pathname,
        ),
      );
      if (spec.use) {
        phase = 'use';
        await page.locator(spec.use).first().focus();
        await page.waitForFunction(() =>
          [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')),
        );
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(500);
      }
      const responses = await Promise.all(pending);
      await context.close();
      const byType = Object.fromEntries(TYPES.map((t) => [t, { count: 0, bytes: 0, gzip: 0 }]));
      // The page as loaded; what a first use adds is in `scripts.use`.
      const loaded = responses.filter((r) => r.phase === 'load');
      for (const r of loaded) {
        const b = byType[r.type];
        if (!b) continue;
        b.count += 1;
        b.bytes += r.bytes;
        b.gzip += r.gzip;
      }
      const total = {
        count: loaded.length,
        bytes: loaded.reduce((s, r) => s + r.bytes, 0),
        gzip: loaded.reduce((s, r) => s + r.gzip, 0),
      };
      const scripts = scriptSplit(responses, renderers);
      log(
        `  weight ${spec.label ?? spec.path}: ${total.count} responses, ${(total.gzip / 1024).toFixed(1)} KB gzip`,
      );
      pages.push({
        name: spec.name,
        path: spec.label ?? spec.path,
        byType,
        total,
        scripts,
        responses,
        renderers,
      });
    }
    // What every page loads (the home page's script files): a widget's code is the rest of ours.
    const everyPage = new Set(
      (pages.find((p) => p.path === '/')?.responses ?? [])
        .filter((r) => r.type === 'script')
        .map((r) => r.url),
    );
    for (const p of pages) {
      const own = p.responses.filter(
        (r) =>
          r.type === 'script' &&
          !VENDOR_CHUNK.test(r.url) &&
          !everyPage.has(r.url) &&
          !p.renderers.includes(r.url),
      );
      p.scripts.widget = { count: own.length, gzip: own.reduce((s, r) => s + r.gzip, 0) };
    }
    return { viewport: '1280×720', chromium: browser.version(), pages };
  } finally {
    await browser.close();
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
}
