import { query, renderHits, type SearchPager } from './pagefind-client';

const PAGE = 10;

/** What the page says, in its language: src/i18n's searchPage.messages, on the form. */
interface Messages {
  searching: string;
  found: string;
  foundOne: string;
  showing: string;
  none: string;
  more: string;
}
// src/lib/phrase's fill() does the same; imported here it would be a chunk of its own
// (0.3 KB gzip) on a page that must stay under 3 KB of script, so the page keeps one line.
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/** The /search/ page: reads ?q= and ?kind=, runs the query, keeps the URL in step. */
export function enhanceSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-page-results]');
  const status = document.querySelector<HTMLElement>('[data-page-status]');
  const more = document.querySelector<HTMLButtonElement>('[data-page-more]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !list || !status || !more || !input) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];
  const say = JSON.parse(form.dataset['searchPage'] ?? '{}') as Messages;

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Set(params.getAll('kind'));
  for (const b of boxes) b.checked = wanted.has(b.value);

  let seq = 0;
  let pager: SearchPager | undefined;
  let shown = 0;
  let q = '';
  const summary = () => {
    const total = pager?.total ?? 0;
    const values = { q, total, shown, n: total - shown };
    more.hidden = shown >= total;
    more.textContent = fill(say.more, values);
    status.textContent = total
      ? fill(total === 1 ? say.foundOne : say.found, values) +
        (total > shown ? fill(say.showing, values) : '')
      : fill(say.none, values);
  };
  const run = async (push: boolean) => {
    q = input.value.trim();
    const kinds = boxes.filter((b) => b.checked).map((b) => b.value);
    if (push) {
      const p = new URLSearchParams();
      if (q) p.set('q', q);
      for (const k of kinds) p.append('kind', k);
      history.replaceState(null, '', `${location.pathname}${p.size ? `?${p}` : ''}`);
    }
    const mine = ++seq;
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      more.hidden = true;
      pager = undefined;
      return;
    }
    status.textContent = say.searching;
    const found = await query(q, kinds);
    const hits = await found.next(PAGE);
    if (mine !== seq) return;
    pager = found;
    shown = hits.length;
    renderHits(list, hits);
    summary();
  };

  more.addEventListener('click', async () => {
    const mine = seq;
    more.disabled = true; // one page at a time
    const hits = (await pager?.next(PAGE)) ?? [];
    more.disabled = false;
    if (mine !== seq || !hits.length) return;
    renderHits(list, hits, true);
    // Keyboard and screen-reader users land on the first new result.
    list.children[shown]?.querySelector('a')?.focus();
    shown += hits.length;
    summary();
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(true);
  });
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(true), 200);
  });
  for (const b of boxes) b.addEventListener('change', () => void run(true));
  if (input.value) void run(false);
}
