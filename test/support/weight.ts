import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import islandRuntime from 'astro/runtime/server/astro-island.prebuilt.js';
import idle from 'astro/runtime/client/idle.prebuilt.js';
import load from 'astro/runtime/client/load.prebuilt.js';
import media from 'astro/runtime/client/media.prebuilt.js';
import only from 'astro/runtime/client/only.prebuilt.js';
import visible from 'astro/runtime/client/visible.prebuilt.js';

export const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/**
 * Chunks built from node_modules: astro.config.mjs (vendorChunk) puts every
 * module from there, and only those, into chunks named vendor-*.
 */
export const VENDOR_CHUNK = /^\/_astro\/vendor-[^/]+\.js$/;

/** The inline scripts Astro writes itself: the island element and its built-in directives. */
const ASTRO_INLINE = new Set<string>([islandRuntime, idle, load, media, only, visible]);

/** Islands with this directive load nothing until the reader uses them. */
const ON_USE = 'first-use';

export interface Script {
  /** A site path, or `(inline n)` for a script written into the page. */
  url: string;
  code: string;
  gzip: number;
  /** React, react-dom, scheduler, the React renderer and Astro's island runtime, as opposed to code built from src/. */
  framework: boolean;
}

export interface PageScripts {
  /** What runs before any interaction: module and inline scripts, islands that hydrate by themselves, and their static imports. */
  initial: Script[];
  /** What the first use of a client:first-use island adds. */
  onUse: Script[];
}

function fileOf(url: string, dist = 'dist'): string {
  return join(dist, url.split('?')[0]!);
}

/** A module's static imports (not dynamic import()), resolved to site paths. */
function staticImports(url: string, code: string): string[] {
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g,
  )) {
    const spec = m[1]!;
    out.push(spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname);
  }
  return out;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** Every script a page runs, split into what loads at once and what waits for the reader's first use. */
export function pageScripts(html: string, dist = 'dist'): PageScripts {
  const islands = [...html.matchAll(/<astro-island[^>]*>/g)].map((m) => m[0]);
  const renderers = new Set(
    islands.map((i) => attr(i, 'renderer-url')).filter((u) => u !== undefined),
  );
  const seen = new Set<string>();
  const collect = (queue: string[]): Script[] => {
    const out: Script[] = [];
    while (queue.length) {
      const url = queue.shift()!;
      if (seen.has(url) || !url.startsWith('/')) continue;
      seen.add(url);
      const code = readFileSync(fileOf(url, dist), 'utf8');
      out.push({
        url,
        code,
        gzip: gz(code),
        framework: VENDOR_CHUNK.test(url) || renderers.has(url),
      });
      queue.push(...staticImports(url, code));
    }
    return out;
  };
  const urlsOf = (list: string[]) =>
    list
      .flatMap((i) => [attr(i, 'component-url'), attr(i, 'renderer-url')])
      .filter((u) => u !== undefined);

  // Data blocks (JSON-LD) are not script: a browser never runs them.
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/g)]
    .filter((m) => !/\stype="application\/(ld\+)?json"/.test(m[1]!))
    .map((m) => m[2]!)
    .filter((code) => code.trim())
    .map((code, n) => ({
      url: `(inline ${n + 1})`,
      code,
      gzip: gz(code),
      framework: ASTRO_INLINE.has(code),
    }));
  const initial = [
    ...inline,
    ...collect([
      ...[...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!),
      ...[...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)].map((m) => m[1]!),
      ...urlsOf(islands.filter((i) => attr(i, 'client') !== ON_USE)),
    ]),
  ];
  const onUse = collect(urlsOf(islands.filter((i) => attr(i, 'client') === ON_USE)));
  return { initial, onUse };
}

export const gzipOf = (scripts: Script[]) => scripts.reduce((sum, s) => sum + s.gzip, 0);

/** All CSS a page loads: linked stylesheets and inline <style> blocks. */
export function cssGzip(html: string, dist = 'dist'): number {
  const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) =>
    readFileSync(fileOf(m[1]!, dist), 'utf8'),
  );
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return gz([...linked, ...inline].join('\n'));
}
