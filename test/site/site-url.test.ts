// The built site uses the configured address (SITE, by default DEFAULT_SITE)
// for every canonical link and every sitemap entry, and no other host.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteUrl } from '../../src/lib/site-url.ts';
import { builtPages, DIST } from '../support/dist.ts';

const site = siteUrl(process.env['SITE']);
const pages = [...builtPages()].filter(([url]) => !url.endsWith('404.html'));

describe(`absolute URLs follow SITE (${site})`, () => {
  it('the build is checked against the default unless SITE is set', () => {
    if (!process.env['SITE']) expect(site).toBe(DEFAULT_SITE);
  });

  it('every page’s canonical URL is the site plus its path', () => {
    expect(pages.length).toBeGreaterThan(20);
    for (const [url, html] of pages) {
      const href = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1];
      expect(href, url).toBe(site + url);
    }
  });

  it('every sitemap <loc> is on the site', () => {
    const files = readdirSync(DIST).filter((f) => /^sitemap.*\.xml$/.test(f));
    const locs = files.flatMap((f) =>
      [...readFileSync(`${DIST}/${f}`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!),
    );
    expect(locs.length).toBeGreaterThan(pages.length);
    for (const loc of locs) expect(loc.startsWith(site + '/'), loc).toBe(true);
  });

  it('robots.txt points to the sitemap on the site', () => {
    expect(readFileSync(`${DIST}/robots.txt`, 'utf8')).toContain(
      `\nSitemap: ${site}/sitemap-index.xml\n`,
    );
  });
});
