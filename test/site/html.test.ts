import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/dist.ts';

const pages = [...builtPages()];

const validator = new HtmlValidate({
  extends: ['html-validate:recommended', 'html-validate:a11y'],
  rules: {
    // Astro writes `<meta charset="utf-8">` etc. without a self-closing slash: a
    // style choice, not an error.
    'void-style': 'off',
    // Chinese punctuation such as , and ( is the content's own.
    'no-raw-characters': 'off',
    // Astro hoists <style> and CSP <meta> into <head> in its own order.
    'require-sri': 'off',
    // Astro islands are custom elements (<astro-island>), valid HTML.
    'no-unknown-elements': 'off',
    // Long Chinese sentences are fine in titles; the rule counts characters, not width.
    'long-title': 'off',
    // React writes a few attribute names in camelCase (inputMode, autoComplete);
    // HTML attribute names are case-insensitive. Any other case is still refused.
    'attr-case': ['error', { style: ['lowercase', 'camelcase'] }],
    // React writes boolean attributes as checked="", Astro as checked: both are
    // valid HTML, and the rule only asks for one style.
    'attribute-boolean-style': 'off',
    // A group of checkboxes shares one name (kind=角色&kind=KPI).
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'button', 'reset', 'submit'] }],
  },
});

describe('every built page', () => {
  it('is more than a handful of pages', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it.each(pages.map(([url]) => [url]))(
    '%s is valid HTML with lang, title, description, one h1 and a canonical URL',
    async (url) => {
      const html = pages.find(([u]) => u === url)![1];
      // Astro writes one <style> rule for its islands (display: contents) beside the
      // first island instead of in <head>; every browser applies it, the spec wants it
      // in <head>. Only that exact rule is set aside.
      const checked = html.replace(
        /<style>astro-island,astro-slot,astro-static-slot\{display:contents\}<\/style>/,
        '',
      );
      const report = await validator.validateString(checked, url);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`),
      );
      expect(messages).toEqual([]);
      expect(html).toMatch(url.startsWith('/en/') ? /<html lang="en"/ : /<html lang="zh-CN"/);
      expect(html).toMatch(/<title>[^<]+<\/title>/);
      expect(html).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(html.match(/<h1[\s>]/g) ?? []).toHaveLength(1);
      if (!url.endsWith('404.html'))
        expect(html).toMatch(
          new RegExp(
            `<link rel="canonical" href="https://[^"]+${url.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`,
          ),
        );
    },
  );
});

describe('links', () => {
  const ids = new Map(
    pages.map(([url, html]) => [
      url,
      new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])),
    ]),
  );
  const fileFor = (path: string) => {
    const p = decodeURIComponent(path);
    if (p.endsWith('/')) return join('dist', p, 'index.html');
    return join('dist', p);
  };

  it('has no broken internal link or #fragment, and none to localhost', () => {
    const broken: string[] = [];
    for (const [url, html] of pages) {
      for (const [, href] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (/^(https?:)?\/\/(localhost|127\.0\.0\.1)/.test(href!))
          broken.push(`${url}: links to ${href}`);
        if (!href!.startsWith('/') && !href!.startsWith('#')) continue;
        if (href!.startsWith('//')) continue;
        const [path, fragment] = href!.split('#') as [string, string | undefined];
        const target = path === '' ? url : path.split('?')[0]!;
        if (!existsSync(fileFor(target))) {
          broken.push(`${url}: ${href} (no such file)`);
          continue;
        }
        if (fragment && target.endsWith('/') && !ids.get(target)?.has(decodeURIComponent(fragment)))
          broken.push(`${url}: ${href} (no #${fragment} on ${target})`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists every page in the sitemap', () => {
    const index = readFileSync('dist/sitemap-index.xml', 'utf8');
    const maps = [...index.matchAll(/<loc>https?:\/\/[^/]+\/([^<]+)<\/loc>/g)].map((m) =>
      readFileSync(join('dist', m[1]!), 'utf8'),
    );
    const listed = new Set(
      maps.flatMap((m) =>
        [...m.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((x) => x[1]),
      ),
    );
    const missing = pages.map(([u]) => u).filter((u) => !u.endsWith('.html') && !listed.has(u));
    expect(missing).toEqual([]);
  });
});
