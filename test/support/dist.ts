import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = 'dist';

/** Every HTML page of the built site, by URL path (/roles/x/ for roles/x/index.html). */
export function builtPages(dir = DIST): Map<string, string> {
  const pages = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) {
        if (name !== 'pagefind' && name !== '_astro') walk(p);
      } else if (name.endsWith('.html')) {
        const rel = relative(dir, p).split(sep).join('/');
        const url = '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '.html');
        pages.set(url, readFileSync(p, 'utf8'));
      }
    }
  };
  walk(dir);
  return pages;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

/** The visible text of a page's <main>, with all whitespace removed (Chinese has none to keep). */
export function mainText(html: string): string {
  const main = /<main[\s\S]*?<\/main>/.exec(html)?.[0] ?? html;
  return (
    main
      .replace(/<(script|style|template)[\s\S]*?<\/\1>/g, '')
      // A term's tooltip repeats its glossary definition; it is not the page's own text.
      .replace(/<span class="term-tip" role="tooltip"[^>]*>[\s\S]*?<\/span>/g, '')
      .replace(/<[^>]+>/g, '')
      .replace(
        /&(#?\w+);/g,
        (m, e: string) =>
          ENTITIES[e] ??
          (e.startsWith('#x')
            ? String.fromCodePoint(parseInt(e.slice(2), 16))
            : e.startsWith('#')
              ? String.fromCodePoint(Number(e.slice(1)))
              : m),
      )
      .replace(/\s+/g, '')
  );
}
