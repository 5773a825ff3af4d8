/**
 * The header search box. Without JavaScript it is a plain form that opens
 * /search/?q=…; with it, focusing the box loads its code (src/client/header-results.ts:
 * the panel, its keys and the search client), and the first keystroke loads Pagefind
 * and shows the top results under the box. Nothing is fetched until the box is used,
 * and a page carries only these few lines.
 */
export function enhanceHeaderSearch(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-box]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  if (!form || !input) return;
  const start = () =>
    void import('./header-results').then((m) => m.attachHeaderSearch(form, input));
  input.addEventListener('focus', start, { once: true });
}
