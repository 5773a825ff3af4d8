import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

function fileOf(url: string, dist = 'dist'): string {
  return join(dist, url.split('?')[0]!);
}

/** A module's static imports (not dynamic import()), resolved to site paths. */
function staticImports(url: string, code: string): string[] {
  const dir = url.slice(0, url.lastIndexOf('/') + 1);
  const out: string[] = [];
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g)) {
    const spec = m[1]!;
    out.push(spec.startsWith('/') ? spec : new URL(spec, `http://x${dir}`).pathname);
  }
  return out;
}

/** The JavaScript a page runs before any interaction: its module scripts and everything they import statically. */
export function initialScripts(html: string, dist = 'dist'): Map<string, string> {
  const seen = new Map<string, string>();
  const queue = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!);
  for (const m of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)) queue.push(m[1]!);
  // Island component and renderer URLs are fetched on hydration.
  for (const island of html.matchAll(/<astro-island[^>]*>/g))
    for (const m of island[0].matchAll(/\s(?:component-url|renderer-url)="([^"]+)"/g)) queue.push(m[1]!);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]!).join('\n');
  if (inline.trim()) seen.set('(inline)', inline);
  while (queue.length) {
    const url = queue.shift()!;
    if (seen.has(url) || !url.startsWith('/')) continue;
    const code = readFileSync(fileOf(url, dist), 'utf8');
    seen.set(url, code);
    queue.push(...staticImports(url, code));
  }
  return seen;
}

export function initialJsGzip(html: string, dist = 'dist'): number {
  return [...initialScripts(html, dist).values()].reduce((sum, code) => sum + gz(code), 0);
}

/** All CSS a page loads: linked stylesheets and inline <style> blocks. */
export function cssGzip(html: string, dist = 'dist'): number {
  const linked = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(fileOf(m[1]!, dist), 'utf8'));
  const inline = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!);
  return gz([...linked, ...inline].join('\n'));
}
