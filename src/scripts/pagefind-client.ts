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

export function loadPagefind(): Promise<PagefindApi> {
  api ??= (async () => {
    const url = '/pagefind/pagefind.js';
    const mod = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // One thread: the worker would add another 12 KB to the first query.
    await mod.options({ excerptLength: 24, noWorker: true });
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

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };
const decode = (s: string) => s.replace(/&(amp|lt|gt|quot|#39|#x27);/g, (m) => entities[m] ?? m).replace(/<[^>]*>/g, '');

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

export async function search(query: string, kinds: string[] = [], limit = 10): Promise<{ total: number; hits: SearchHit[] }> {
  const pf = await loadPagefind();
  const filters = kinds.length ? { kind: { any: kinds } } : {};
  const res = await pf.search(query, { filters });
  const data = await Promise.all(res.results.slice(0, limit).map((r) => r.data()));
  return {
    total: res.results.length,
    hits: data.map((d) => ({
      url: d.url,
      title: d.meta['title'] ?? d.url,
      kind: d.filters['kind']?.[0] ?? '',
      excerpt: splitExcerpt(d.excerpt),
    })),
  };
}

/** Renders hits as a list of links with DOM calls only (no innerHTML). */
export function renderHits(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
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
