/** The results code and the search client (~1.3 KB gzip), fetched when the box is first focused, not with every page. */
const client = () => import('./header-results');

/**
 * The header search box. Without JavaScript it is a plain form that opens
 * /search/?q=…; with it, the first keystroke loads Pagefind and shows the top
 * results under the box. Nothing is fetched until the box is used.
 */
export function enhanceHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const panel = form?.querySelector<HTMLElement>('[data-search-results]');
  const status = form?.querySelector<HTMLElement>('[data-search-status]');
  if (!form || !input || !panel || !status) return;

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
    const { topResults } = await client();
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
  input.addEventListener('focus', () => void client(), { once: true });
  // Start fetching the index on the first keystroke, before the debounce ends.
  input.addEventListener('input', () => void client().then((c) => c.loadPagefind()), {
    once: true,
  });
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
}
