/** Browser-side access to the Pagefind index in /pagefind/, loaded on first use. */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}
interface PagefindApi {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    q: string,
    o?: { filters?: Record<string, unknown> },
  ): Promise<{ results: { id: string; data(): Promise<PagefindResultData> }[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let api: Promise<PagefindApi> | undefined;

/**
 * On /search/, the build writes the index's file names into the page (see
 * scripts/pagefind-chunks.mjs), and its first script preloads them. Pagefind asks for its
 * entry file as pagefind-entry.json?ts=<now> unless given a fixed tag; with the build's tag
 * (data-search-tag) it asks for the URL that was preloaded. Elsewhere Pagefind's own
 * cache-busting stands.
 */
const cacheTag = () =>
  document.querySelector<HTMLElement>('[data-search-tag]')?.dataset['searchTag'];

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind searches in its web worker (12 KB more on a first query), so decompressing
    // the index and running the WebAssembly keep off the thread that paints and types.
    const tag = cacheTag();
    await mod.options({ excerptLength: 24, ...(tag ? { metaCacheTag: tag } : {}) });
    await mod.init();
    return mod;
  })();
  return api;
}

export interface SearchHit {
  url: string;
  title: string;
  kind: string;
  /** Excerpt split into plain runs and highlighted runs; never HTML. */
  excerpt: { text: string; mark: boolean }[];
}

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
// Tags are dropped first, then entities decoded, so escaped text like &lt;b&gt; stays visible text.
const decode = (s: string) =>
  s.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m);

/** Pagefind marks matches with <mark>; turn that into data the page renders as text. */
export function splitExcerpt(excerpt: string): SearchHit['excerpt'] {
  const parts: SearchHit['excerpt'] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), mark: false });
    parts.push({ text: decode(m[1] ?? ''), mark: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), mark: false });
  return parts;
}

/**
 * Pagefind ranks by how often words occur; in a handbook the page *named*
 * by the query is what a reader wants first. So among the fetched results an
 * exact title comes first, then titles that start with or contain the query
 * (shorter, more specific titles first); otherwise Pagefind's order stands.
 */
export function titleRank(title: string, query: string): [number, number] {
  const norm = (s: string) => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
  const t = norm(title);
  const q = norm(query);
  if (!q) return [3, 0];
  if (t === q) return [0, 0];
  if (t.startsWith(q)) return [1, t.length];
  if (t.includes(q)) return [2, t.length];
  return [3, 0];
}

const toHit = (d: PagefindResultData): SearchHit => ({
  url: d.url,
  title: d.meta['title'] ?? d.url,
  kind: d.filters['kind']?.[0] ?? '',
  excerpt: splitExcerpt(d.excerpt),
});

/** A query's results, fetched a page at a time (each hit costs a fragment request). */
export interface SearchPager {
  total: number;
  /** The next `n` hits, or fewer at the end. */
  next(n: number): Promise<SearchHit[]>;
}

export async function query(text: string, kinds: string[] = []): Promise<SearchPager> {
  const pf = await loadPagefind();
  const filters = kinds.length ? { kind: { any: kinds } } : {};
  const res = await pf.search(text, { filters });
  let from = 0;
  let held: SearchHit[] = [];
  return {
    total: res.results.length,
    async next(n) {
      // The first page looks two results further, so a page named by the query
      // just below the cut still comes first; what it passes over comes next.
      const first = from === 0;
      const want = first ? n + 2 : Math.max(0, n - held.length);
      const data = await Promise.all(res.results.slice(from, from + want).map((r) => r.data()));
      from += want;
      let hits = [...held, ...data.map(toHit)];
      if (first) {
        hits = hits
          .map((hit, order) => ({ hit, order, rank: titleRank(hit.title, text) }))
          .sort((a, b) => a.rank[0] - b.rank[0] || a.rank[1] - b.rank[1] || a.order - b.order)
          .map((x) => x.hit);
      }
      held = hits.slice(n);
      return hits.slice(0, n);
    },
  };
}

export async function search(
  text: string,
  kinds: string[] = [],
  limit = 10,
): Promise<{ total: number; hits: SearchHit[] }> {
  const pager = await query(text, kinds);
  return { total: pager.total, hits: await pager.next(limit) };
}

/** Renders hits as a list of links with DOM calls only (no innerHTML). */
export function renderHits(list: HTMLElement, hits: SearchHit[], append = false): void {
  list[append ? 'append' : 'replaceChildren'](
    ...hits.map((hit) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = hit.url;
      const title = document.createElement('span');
      title.className = 'hit-title';
      title.textContent = hit.title;
      a.append(title);
      if (hit.kind) {
        const tag = document.createElement('span');
        tag.className = 'tag';
        tag.textContent = hit.kind;
        a.append(' ', tag);
      }
      const p = document.createElement('span');
      p.className = 'hit-excerpt';
      for (const part of hit.excerpt) {
        if (part.mark) {
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          p.append(mark);
        } else p.append(part.text);
      }
      li.append(a, p);
      return li;
    }),
  );
}
