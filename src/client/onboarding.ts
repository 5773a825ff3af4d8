/** What the checklist says, in the page's language (src/i18n, on the root's data-messages). */
export interface Messages {
  blocked: string;
  progress: string;
  none: string;
  undo: string;
  restored: string;
  cleared: string;
  exported: string;
  yes: string;
  no: string;
  headers: string[];
}

/** A message with its {name}s filled in. */
// src/lib/phrase's fill() does the same; imported here it would be a chunk of its own
// (0.3 KB gzip) on a page that must stay under 3 KB of script, so the page keeps one line.
export const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/** Progress of one checklist: each ticked item's key and the day it was ticked. */
export interface Checklist {
  root: HTMLElement;
  say: Messages;
  key: string;
  boxes: HTMLInputElement[];
  status: HTMLElement;
  done: Record<string, string>;
  save(): void;
  show(): void;
}

function read(key: string): Record<string, string> {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? '0');
    // Anything not written by this script (or by an older one) starts afresh.
    return v?.v === 1 && v.done && typeof v.done === 'object' ? v.done : {};
  } catch {
    return {};
  }
}

/**
 * The onboarding checklist. Without JavaScript the page is a complete list of native
 * checkboxes; this keeps the ticks in localStorage and counts them. Clearing, CSV and
 * printing load their code on the first click of the toolbar (onboarding-actions.ts),
 * so a reader who only ticks loads only this.
 */
export function enhanceChecklist(root: HTMLElement): void {
  const key = `rolebook-onboarding:${root.dataset['onboarding']}`;
  const q = (s: string) => root.querySelector<HTMLElement>(s)!;
  const progress = q('[data-progress]');
  const c: Checklist = {
    root,
    say: JSON.parse(root.dataset['messages'] ?? '{}') as Messages,
    key,
    boxes: [...root.querySelectorAll<HTMLInputElement>('input[data-key]')],
    status: q('[data-status]'),
    done: read(key),
    save() {
      try {
        localStorage.setItem(key, JSON.stringify({ v: 1, done: c.done }));
      } catch {
        c.status.textContent = c.say.blocked;
      }
    },
    show() {
      let n = 0;
      for (const b of c.boxes) n += +(b.checked = b.dataset['key']! in c.done);
      progress.textContent = fill(c.say.progress, { n, total: c.boxes.length });
    },
  };

  root.addEventListener('change', (e) => {
    const b = e.target as HTMLInputElement;
    const k = b.dataset['key'];
    if (!k) return;
    if (b.checked) c.done[k] = new Date().toLocaleDateString('sv');
    else delete c.done[k];
    c.status.textContent = '';
    c.save();
    c.show();
  });
  root.addEventListener('click', (e) => {
    const act = (e.target as HTMLElement).closest<HTMLElement>('[data-act]')?.dataset['act'];
    if (act) void import('./onboarding-actions').then((m) => m.run(act, c));
  });
  // Another tab ticking the same list keeps this one in step.
  addEventListener('storage', (e) => {
    if (e.key !== key) return;
    c.done = read(key);
    c.show();
  });

  for (const el of root.querySelectorAll<HTMLElement>('[data-js]')) el.hidden = false;
  c.show();
}
