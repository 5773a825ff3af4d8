import { loadPagefind, renderHits, search } from './pagefind-client';

/**
 * The header box once it is first focused: typing shows the top results under it (the
 * first keystroke starts loading Pagefind), arrow keys walk them, Escape, a click
 * elsewhere or leaving the box closes them. What was typed while this code loaded counts.
 */
export function attachHeaderSearch(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = form.querySelector<HTMLElement>('[data-search-results]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!panel || !status) return;

  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    panel.hidden = true;
  };

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    if (!q) {
      close();
      status.textContent = '';
      return;
    }
    const shown = await topResults(q);
    if (mine !== seq) return;
    panel.replaceChildren(...shown.panel);
    panel.hidden = false;
    status.textContent = shown.status;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  // Start fetching the index on the first keystroke, before the debounce ends, and with
  // pagefind.js what its worker will ask for once that has run: the worker's script and
  // the WebAssembly, which it then reads from the HTTP cache (public/_headers), as
  // src/reading/inline/search-preload.js does for a results address.
  input.addEventListener(
    'input',
    () => {
      const wasm = `wasm.${document.documentElement.lang === 'en' ? 'en' : 'unknown'}.pagefind`;
      for (const f of ['pagefind-worker.js', wasm])
        void fetch(`/pagefind/${f}`).then(
          (r) => r.blob(),
          () => undefined,
        );
      void loadPagefind();
    },
    { once: true },
  );
  form.addEventListener('keydown', (e) => {
    const links = [...panel.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'Escape') {
      close();
      input.focus();
    } else if (e.key === 'ArrowDown' && !panel.hidden && links.length) {
      e.preventDefault();
      links[Math.min(at + 1, links.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      if (at === 0) input.focus();
      else links[at - 1]?.focus();
    }
  });
  document.addEventListener('click', (e) => {
    if (!form.contains(e.target as Node)) close();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) close();
  });
  if (input.value.trim()) void run();
}

/**
 * The header box's panel for a query: the top six hits and a link to the whole
 * list on /search/, with the line its live status reads.
 */
export async function topResults(q: string): Promise<{ panel: HTMLElement[]; status: string }> {
  const { total, hits } = await search(q, [], 6);
  const list = document.createElement('ul');
  list.className = 'hits';
  renderHits(list, hits);
  const more = document.createElement('a');
  more.className = 'hits-more';
  const en = document.documentElement.lang === 'en';
  more.href = `${en ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`;
  more.textContent = en
    ? total
      ? `See all ${total} results`
      : 'No results; open the search page'
    : total
      ? `查看全部 ${total} 条结果`
      : '没有找到结果,打开搜索页';
  const status = en
    ? total
      ? `${total} results found; press the down arrow to browse`
      : 'No results'
    : total
      ? `找到 ${total} 条结果,按向下键浏览`
      : '没有找到结果';
  return { panel: [list, more], status };
}
