import { renderHits, search } from './pagefind-client';

/** The /search/ page: reads ?q= and ?kind=, runs the query, keeps the URL in step. */
export function enhanceSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-page]');
  const list = document.querySelector<HTMLOListElement>('[data-page-results]');
  const status = document.querySelector<HTMLElement>('[data-page-status]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !list || !status || !input) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="kind"]')];

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const wanted = new Set(params.getAll('kind'));
  for (const b of boxes) b.checked = wanted.has(b.value);

  let seq = 0;
  const run = async (push: boolean) => {
    const q = input.value.trim();
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
      return;
    }
    status.textContent = '正在搜索…';
    const { total, hits } = await search(q, kinds, 30);
    if (mine !== seq) return;
    renderHits(list, hits);
    status.textContent = total ? `“${q}”共 ${total} 条结果${total > hits.length ? `,显示前 ${hits.length} 条` : ''}` : `没有找到与“${q}”相关的页面`;
  };

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
