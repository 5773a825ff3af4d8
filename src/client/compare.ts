import {
  parseRoles,
  rowDiffers,
  type CompareItem,
  type CompareRole,
  type CompareRowId,
} from '../lib/content/compare-view';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  return e;
};

function item(i: CompareItem): Node {
  if (!i.h) return document.createTextNode(i.t);
  const a = el('a', i.t);
  a.href = i.h;
  return a;
}

/** Redraws the table the page was built with for other roles, row for row in its markup. */
function render(table: HTMLTableElement, roles: CompareRole[]): number {
  const head = table.tHead!.rows[0]!;
  while (head.cells.length > 1) head.deleteCell(1);
  for (const r of roles) {
    const th = el('th');
    th.scope = 'col';
    th.append(item({ t: r.title, h: r.href }));
    head.append(th);
  }
  let differs = 0;
  for (const tr of table.tBodies[0]!.rows) {
    const row = tr.dataset['row'] as CompareRowId;
    const diff = rowDiffers(roles, row);
    if (diff) differs++;
    const badge = tr.cells[0]!.querySelector('.diff')!;
    badge.textContent = diff ? '不同' : '相同';
    badge.classList.toggle('diff-yes', diff);
    while (tr.cells.length > 1) tr.deleteCell(1);
    for (const r of roles) {
      const td = el('td');
      const items = r.rows[row] ?? [];
      if (items.length === 0) {
        const none = el('span', '来源未写明');
        none.className = 'muted';
        td.append(none);
      } else if (items.length === 1) td.append(item(items[0]!));
      else {
        const ul = el('ul');
        for (const i of items) {
          const li = el('li');
          li.append(item(i));
          ul.append(li);
        }
        td.append(ul);
      }
      tr.append(td);
    }
  }
  return differs;
}

/**
 * /compare/?roles=a,b[,c] (the picker's form submits roles=a&roles=b): fetches those roles'
 * /api/compare/<id>.json and redraws the table. The page loads this only when its address
 * names roles; without JavaScript it shows the two roles it was built with.
 */
export function enhanceCompare(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const error = document.querySelector<HTMLElement>('[data-compare-error]');
  if (!form || !table || !status || !error) return;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="roles"]')];
  const fail = (message: string) => {
    error.textContent = message;
    error.hidden = false;
  };

  const show = async (ids: string[]) => {
    error.hidden = true;
    try {
      const roles = await Promise.all(
        ids.map(async (id) => {
          const res = await fetch(`/api/compare/${id}.json`);
          if (!res.ok) throw new Error(`找不到岗位“${id}”`);
          return (await res.json()) as CompareRole;
        }),
      );
      const differs = render(table, roles);
      table.dataset['roles'] = ids.join(',');
      status.textContent = `正在对比:${roles.map((r) => r.title).join('、')}。${table.tBodies[0]!.rows.length} 个方面中有 ${differs} 个不同。`;
    } catch (e) {
      fail(`${e instanceof Error ? e.message : String(e)},下表仍是之前的岗位。`);
    }
  };

  const parsed = parseRoles(location.search);
  if (!parsed) return;
  // The picker shows what the address asked for, so a refused choice can be corrected in place.
  const asked = new URLSearchParams(location.search).getAll('roles').join(',').split(',');
  for (const b of boxes) b.checked = asked.includes(b.value);
  if ('error' in parsed) return fail(`${parsed.error}。下表仍是默认的岗位。`);
  // The form sends roles=a&roles=b; the address to share is ?roles=a,b.
  history.replaceState(null, '', `?roles=${parsed.ids.join(',')}`);
  void show(parsed.ids);
}
