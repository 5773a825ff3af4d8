import { toCsv } from '../lib/csv';
import { fill, type Checklist } from './onboarding';

/** The toolbar's actions, loaded on its first use. */
export function run(act: string, c: Checklist): void {
  if (act === 'print') print();
  else if (act === 'export') exportCsv(c);
  else if (act === 'reset') reset(c);
}

/** Clears every tick, with an undo: a stray click loses nothing. */
function reset(c: Checklist): void {
  const before = c.done;
  const n = Object.keys(before).length;
  if (!n) {
    c.status.textContent = c.say.none;
    return;
  }
  c.done = {};
  c.save();
  c.show();
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.textContent = c.say.undo;
  undo.addEventListener('click', () => {
    c.done = before;
    c.save();
    c.show();
    c.status.textContent = fill(c.say.restored, { n });
  });
  c.status.replaceChildren(fill(c.say.cleared, { n }), undo);
  undo.focus();
}

/** One row per item, as the page lists them, with a UTF-8 BOM so Excel and WPS read the Chinese. */
function exportCsv(c: Checklist): void {
  const rows = [c.say.headers];
  for (const b of c.boxes) {
    const d = b.closest('li')!.dataset;
    const k = b.dataset['key']!;
    rows.push([
      d['stage'] ?? '',
      b.labels?.[0]?.textContent?.trim() ?? '',
      d['basis'] ?? '',
      d['task'] ?? '',
      d['deliverable'] ?? '',
      k in c.done ? c.say.yes : c.say.no,
      c.done[k] ?? '',
    ]);
  }
  const url = URL.createObjectURL(
    new Blob([`\uFEFF${toCsv(rows)}`], { type: 'text/csv;charset=utf-8' }),
  );
  const a = document.createElement('a');
  a.href = url;
  a.download = `onboarding-${c.root.dataset['onboarding']}.csv`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  const file = `onboarding-${c.root.dataset['onboarding']}.csv`;
  c.status.textContent = fill(c.say.exported, { n: rows.length - 1, file });
}
