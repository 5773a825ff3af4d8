import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { get } from 'node:http';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtPages } from '../support/dist.ts';
import { launchChromium } from './browser.ts';
import { countingServer } from './server.ts';

const base = inject('baseUrl');
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

const headersOf = (path: string, accept: Record<string, string> = {}) =>
  new Promise<Record<string, string | string[] | undefined>>((done, fail) => {
    get(base + path, { headers: accept }, (res) => {
      res.resume();
      done(res.headers);
    }).on('error', fail);
  });

describe('headers a static host sends from public/_headers', () => {
  it.each(['/', '/roles/customer-representative/', '/no-such-page/'])(
    '%s gets CSP frame-ancestors, HSTS, nosniff, Referrer-Policy and Permissions-Policy',
    async (path) => {
      const h = await headersOf(path);
      expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect(h['strict-transport-security']).toMatch(/max-age=\d{7,}/);
      expect(h['x-content-type-options']).toBe('nosniff');
      expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(h['permissions-policy']).toMatch(/camera=\(\)/);
    },
  );

  it('every built page carries a CSP with no unsafe source but wasm-unsafe-eval', () => {
    const pages = builtPages();
    expect(pages.size).toBeGreaterThan(50);
    for (const [url, html] of pages) {
      const metas = [
        ...html.matchAll(/<meta http-equiv="content-security-policy" content="([^"]*)"/g),
      ];
      expect(metas.length, `${url}: one CSP <meta>`).toBe(1);
      const head = html.slice(0, html.indexOf('</head>'));
      expect(head, `${url}: the CSP sits in <head>`).toContain(metas[0]![0]);
      // A CSP <meta> governs only what comes after it: no script may run before it.
      expect(html.slice(0, metas[0]!.index), `${url}: a script before the CSP`).not.toMatch(
        /<script/,
      );
      const csp = metas[0]![1]!;
      for (const d of [
        "default-src 'none'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
      ])
        expect(csp, url).toContain(d);
      expect(csp.match(/'unsafe-[a-z-]+'/g) ?? [], url).toEqual([]);
      expect(csp, url).toContain("'wasm-unsafe-eval'");
      // An inline script or style runs only if the CSP names its hash.
      const directive = (name: string) =>
        csp.split(';').find((d) => d.trim().startsWith(`${name} `)) ?? '';
      for (const [, tag, attrs, body] of html.matchAll(
        /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/g,
      )) {
        if (tag === 'script' && /\ssrc=/.test(attrs ?? '')) continue;
        if (tag === 'script' && /type="application\/(ld\+)?json"/.test(attrs ?? '')) continue;
        const hash = `'sha256-${createHash('sha256').update(body!).digest('base64')}'`;
        expect(directive(`${tag}-src`), `${url}: inline <${tag}> ${body!.slice(0, 60)}…`).toContain(
          hash,
        );
      }
    }
  });
});

describe("caching of the search index, so Pagefind's worker reuses what the page fetched", () => {
  const chunk = readdirSync('dist/pagefind/index')[0]!;
  const fragment = readdirSync('dist/pagefind/fragment')[0]!;
  it.each([
    [`/pagefind/index/${chunk}`, 'public, max-age=31536000, immutable'],
    [`/pagefind/fragment/${fragment}`, 'public, max-age=31536000, immutable'],
    ['/pagefind/wasm.unknown.pagefind', 'public, max-age=600'],
    ['/pagefind/pagefind-worker.js', 'public, max-age=600'],
    ['/_astro/' + readdirSync('dist/_astro')[0], 'public, max-age=31536000, immutable'],
  ])('%s is sent with Cache-Control %s', async (path, cache) => {
    expect((await headersOf(path))['cache-control']).toBe(cache);
  });

  it('answers a request that names the ETag it has with 304 and no body', async () => {
    const path = '/pagefind/wasm.unknown.pagefind';
    const etag = (await headersOf(path))['etag'];
    expect(etag).toMatch(/^"[0-9a-z]+-[0-9a-z]+"$/);
    const res = await fetch(base + path, { headers: { 'If-None-Match': String(etag) } });
    expect(res.status).toBe(304);
    expect((await res.arrayBuffer()).byteLength).toBe(0);
    expect((await fetch(base + path, { headers: { 'If-None-Match': '"other"' } })).status).toBe(
      200,
    );
  });
});

describe('compression, as a CDN would send the site', () => {
  it.each([
    ['/roles/customer-representative/', 'gzip'],
    ['/sitemap-index.xml', 'gzip'],
    ['/pagefind/wasm.unknown.pagefind', undefined],
  ])(
    '%s is sent with Content-Encoding %s to a client that accepts gzip',
    async (path, encoding) => {
      const h = await headersOf(path, { 'Accept-Encoding': 'gzip, br' });
      expect(h['content-encoding']).toBe(encoding);
    },
  );

  it('sends plain text to a client that does not ask for gzip', async () => {
    expect((await headersOf('/'))['content-encoding']).toBeUndefined();
  });
});

describe('search under the CSP', () => {
  // A first query loads Pagefind's script (14 KB), its worker (13 KB) and WebAssembly
  // (55 KB), its metadata, one index chunk per word and a fragment per result shown. The
  // chunks are re-cut small after the build (scripts/pagefind-chunks.mjs), so a
  // Chinese phrase that segments into two words (客户 + 满意度) fits as well.
  it.each([
    ['SWOT', 120],
    ['客户满意度', 120],
    ['销售漏斗', 120],
  ])(
    'answers a first query for %s within %s KB transferred (gzip), under the CSP',
    async (query, budgetKb) => {
      // What Pagefind's worker asks for again comes from the browser's cache, so it is
      // neither counted nor sent twice.
      const { url, asked, sent, close } = await countingServer();
      const page = await browser.newPage();
      const violations: string[] = [];
      try {
        await page.exposeFunction('reportViolation', (v: string) => violations.push(v));
        await page.addInitScript(() => {
          document.addEventListener('securitypolicyviolation', (e) =>
            (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
              `${e.violatedDirective} ${e.blockedURI}`,
            ),
          );
        });
        await page.goto(`${url}/roles/`, { waitUntil: 'networkidle' });
        expect(
          asked.filter((u) => u.startsWith('/pagefind/')),
          'nothing of Pagefind before the box is used',
        ).toEqual([]);
        await page.getByRole('searchbox', { name: '搜索手册' }).fill(query);
        await page.locator('[data-search-results] li a').first().waitFor();
        await page.waitForLoadState('networkidle');
      } finally {
        await page.close();
        await close();
      }
      const bytes = [...sent]
        .filter(([path]) => path.startsWith('/pagefind/'))
        .reduce((a, [, n]) => a + n, 0);
      expect(bytes).toBeGreaterThan(60 * 1024);
      expect(bytes).toBeLessThanOrEqual(budgetKb * 1024);
      // The worker's script and WebAssembly, fetched alongside pagefind.js, were sent once.
      const pagefind = asked.filter((u) => u.startsWith('/pagefind/'));
      for (const f of ['/pagefind/pagefind-worker.js', '/pagefind/wasm.unknown.pagefind'])
        expect(
          pagefind.filter((u) => u === f),
          f,
        ).toHaveLength(1);
      expect(violations).toEqual([]);
    },
  );
});
