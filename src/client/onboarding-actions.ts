import { toCsv } from '../lib/csv';
import type { Checklist } from './onboarding';

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
    c.status.textContent = '还没有勾选任何事项。';
    return;
  }
  c.done = {};
  c.save();
  c.show();
  const undo = document.createElement('button');
  undo.type = 'button';
  undo.textContent = '撤销';
  undo.addEventListener('click', () => {
    c.done = before;
    c.save();
    c.show();
    c.status.textContent = `已恢复 ${n} 项勾选。`;
  });
  c.status.replaceChildren(`已清除 ${n} 项勾选。`, undo);
  undo.focus();
}

/** One row per item, as the page lists them, with a UTF-8 BOM so Excel and WPS read the Chinese. */
function exportCsv(c: Checklist): void {
  const rows = [['阶段', '事项', '依据职责', '日常任务步骤', '工作成果', '完成', '完成日期']];
  for (const b of c.boxes) {
    const d = b.closest('li')!.dataset;
    const k = b.dataset['key']!;
    rows.push([
      d['stage'] ?? '',
      b.labels?.[0]?.textContent?.trim() ?? '',
      d['basis'] ?? '',
      d['task'] ?? '',
      d['deliverable'] ?? '',
      k in c.done ? '是' : '否',
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
  const done = rows.length - 1;
  c.status.textContent = `已导出 ${done} 项到 onboarding-${c.root.dataset['onboarding']}.csv。`;
}
