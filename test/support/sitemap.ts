import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every path listed in dist's sitemap, e.g. /roles/customer-representative/. */
export function sitemapPaths(dist = 'dist'): string[] {
  const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
  const files = [...index.matchAll(/<loc>https?:\/\/[^/]+\/([^<]+)<\/loc>/g)].map((m) => m[1]!);
  return files.flatMap((f) =>
    [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map(
      (m) => m[1]!,
    ),
  );
}
