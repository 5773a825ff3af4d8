import { query, renderHits, type SearchPager } from './pagefind-client';

const PAGE = 10;

/** The /search/ page: reads ?q= and ?kind=, runs the query, keeps the URL in step. */
export function enhanceSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-page-results]');
  const status = document.querySelector<HTMLElement>('[data-page-status]');
  const more = document.querySelector<HTMLButtonElement>('[data-page-more]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !list || !status || !more || !input) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Set(params.getAll('kind'));
  for (const b of boxes) b.checked = wanted.has(b.value);

  let seq = 0;
  let pager: SearchPager | undefined;
  let shown = 0;
  let q = '';
  const en = document.documentElement.lang === 'en';
  const summary = () => {
    const total = pager?.total ?? 0;
    more.hidden = shown >= total;
    more.textContent = en
      ? `Show more results (${total - shown} more)`
      : `显示更多结果(还有 ${total - shown} 条)`;
    if (en)
      status.textContent = total
        ? `${total} result${total === 1 ? '' : 's'} for “${q}”${total > shown ? `, showing the first ${shown}` : ''}`
        : `No pages found for “${q}”`;
    else
      status.textContent = total
        ? `“${q}”共 ${total} 条结果${total > shown ? `,显示前 ${shown} 条` : ''}`
        : `没有找到与“${q}”相关的页面`;
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
    status.textContent = en ? 'Searching…' : '正在搜索…';
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
