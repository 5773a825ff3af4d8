// Lighthouse (its default mobile config: Moto G Power-class emulation, simulated
// slow 4G and 4× CPU slowdown) on each page type, against dist/ served by
// scripts/serve.mjs. Chromium is launched by chrome-launcher (Lighthouse's own
// launcher) with the flags of test/e2e/browser.ts and --headless=new. The site is served
// over HTTPS with HTTP/2, as static hosts serve it (a self-signed certificate made with
// openssl for the run; Lighthouse's model of slow 4G allows an HTTP/1.1 server only six
// connections, so twelve search fragments would queue): over HTTP/1.1 where openssl is missing.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../scripts/serve.mjs';
import { CHROMIUM, CHROMIUM_FLAGS, PAGES } from './pages.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** A throwaway certificate for 127.0.0.1, or undefined without openssl. */
function selfSigned() {
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore', input: '' },
    );
    return { key: readFileSync(key, 'utf8'), cert: readFileSync(cert, 'utf8') };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {{ dist: string, runs?: number, pages?: string[], log?: (line: string) => void }} options
 *   pages: names from PAGES to measure (all when absent)
 */
export async function measureLighthouse({ dist, runs = 1, pages: only, log = () => {} }) {
  let lighthouse, chromeLauncher;
  try {
    lighthouse = (await import('lighthouse')).default;
    chromeLauncher = await import('chrome-launcher');
  } catch (e) {
    return {
      error: `Lighthouse could not be loaded: ${String(e instanceof Error ? e.message : e).split('\n')[0]}`,
    };
  }
  const tls = selfSigned();
  const { server, url: origin } = await startServer({ dir: dist, port: 0, tls });
  const pages = [];
  let version;
  try {
    for (const spec of PAGES.filter((p) => !p.weightOnly && (!only || only.includes(p.name)))) {
      /** @type {any[]} Lighthouse's results, or { error } for a failed run. */
      const attempts = [];
      for (let i = 0; i < runs; i++) {
        let chrome;
        try {
          chrome = await chromeLauncher.launch({
            chromePath: CHROMIUM,
            chromeFlags: [
              ...CHROMIUM_FLAGS,
              '--headless=new',
              ...(tls ? ['--ignore-certificate-errors'] : []),
            ],
            logLevel: 'silent',
          });
          const result = await lighthouse(origin + spec.path, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: CATEGORIES,
          });
          const lhr = result?.lhr;
          if (!lhr) throw new Error('Lighthouse returned no result');
          version = lhr.lighthouseVersion;
          if (lhr.runtimeError)
            throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
          const audit = (id) => lhr.audits[id]?.numericValue;
          attempts.push({
            scores: Object.fromEntries(
              CATEGORIES.map((c) => [
                c,
                lhr.categories[c]?.score == null ? null : Math.round(lhr.categories[c].score * 100),
              ]),
            ),
            lcpMs: audit('largest-contentful-paint'),
            tbtMs: audit('total-blocking-time'),
            cls: audit('cumulative-layout-shift'),
            fcpMs: audit('first-contentful-paint'),
            benchmarkIndex: lhr.environment?.benchmarkIndex,
            // What moved, when a page shifts (CLS > 0).
            layoutShifts: /** @type {any[]} */ (
              /** @type {any} */ (lhr.audits['layout-shifts']?.details)?.items ?? []
            )
              .slice(0, 3)
              .map((item) => ({
                score: item.score,
                element: item.node?.selector ?? item.node?.snippet ?? '',
              })),
            warnings: lhr.runWarnings ?? [],
            failedAudits: Object.values(lhr.audits)
              .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
              .map((a) => a.id),
          });
          const last = attempts[attempts.length - 1];
          log(
            `    run ${i + 1}: performance ${last.scores.performance}, LCP ${Math.round(last.lcpMs)} ms, FCP ${Math.round(last.fcpMs)} ms`,
          );
        } catch (e) {
          attempts.push({ error: String(e?.message ?? e).split('\n')[0] });
        } finally {
          chrome?.kill();
        }
      }
      // With several runs, keep the one with the median performance score.
      const ok = attempts
        .filter((a) => !a.error)
        .sort((a, b) => (a.scores.performance ?? 0) - (b.scores.performance ?? 0));
      const chosen = ok.length ? ok[Math.floor((ok.length - 1) / 2)] : attempts[0];
      log(
        `  lighthouse ${spec.label ?? spec.path}: ${chosen.error ? `error: ${chosen.error}` : CATEGORIES.map((c) => `${c} ${chosen.scores[c]}`).join(', ')}`,
      );
      pages.push({
        name: spec.name,
        path: spec.label ?? spec.path,
        ...chosen,
        runs: attempts.length,
      });
    }
  } finally {
    server.closeAllConnections();
    await new Promise((ok) => server.close(ok));
  }
  return { version, runs, pages, protocol: tls ? 'HTTP/2 over TLS' : 'HTTP/1.1' };
}
