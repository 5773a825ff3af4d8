import type { ClientDirective } from 'astro';
import type { FirstUseOptions } from './index.ts';

// The reader's first touch of the island: tabbing or clicking into a field,
// or pressing a key while something inside it has focus.
const USE = ['focusin', 'pointerdown', 'keydown'] as const;

function hasSavedState({ params = [], storage = [] }: FirstUseOptions): boolean {
  const query = new URLSearchParams(location.search);
  if (params.some((p) => query.has(p))) return true;
  try {
    return storage.some((key) => localStorage.getItem(key) !== null);
  } catch {
    return false; // storage blocked: only the URL can carry state
  }
}

/**
 * client:first-use: loads the island's framework and code when the reader
 * first uses it, so a page read but not used never downloads them. If the URL
 * or localStorage holds state for it, it hydrates at once to show that state.
 * A button clicked before the code has arrived is clicked again once it has.
 */
const firstUse: ClientDirective = (load, options, el) => {
  const opts = (typeof options.value === 'object' ? options.value : {}) as FirstUseOptions;
  let started = false;
  let clicked: HTMLElement | undefined;
  const onClick = (e: Event) => {
    const button = e.target instanceof Element ? e.target.closest('button') : null;
    if (button && el.contains(button)) clicked = button;
  };
  const start = async () => {
    if (started) return;
    started = true;
    for (const type of USE) el.removeEventListener(type, start, true);
    const hydrate = await load();
    await hydrate();
    el.removeEventListener('click', onClick, true);
    if (clicked?.isConnected) clicked.click();
  };
  if (hasSavedState(opts)) {
    void start();
    return;
  }
  el.addEventListener('click', onClick, true);
  for (const type of USE) el.addEventListener(type, start, { capture: true, passive: true });
};

export default firstUse;
