import {
  parseRoles,
  rowDiffers,
  slotsOf,
  type CompareItem,
  type CompareRole,
  type CompareRowId,
} from '../lib/content/compare-view';

/** What the page says, in its language: src/i18n's comparePage.messages, on the form. */
interface Messages {
  status: string;
  sep: string;
  lastSep: string;
  differs: string;
  same: string;
  none: string;
  notFound: string;
  notId: string;
  count: string;
  failed: string;
  keptPrevious: string;
  keptDefault: string;
}

/** A message with its {slots} filled: text, or nodes where a slot holds them. */
const fill = (template: string, values: Record<string, string | number | Node[]>): Node[] =>
  slotsOf(template).flatMap((part, i) => {
    const v = i % 2 ? values[part] : part;
    return v === undefined || v === ''
      ? []
      : Array.isArray(v)
        ? v
        : [document.createTextNode(`${v}`)];
  });
const words = (template: string, values: Record<string, string>) =>
  slotsOf(template)
    .map((part, i) => (i % 2 ? (values[part] ?? '') : part))
    .join('');

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, text?: string) => {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  return e;
};

/** An item as the page writes it: a link or text, Chinese on an English page marked lang="zh-CN". */
function item(i: CompareItem): Node {
  const runs = (i.r ?? [i]).map((r) => {
    if (!r.l || !i.r) return document.createTextNode(r.t);
    const span = el('span', r.t);
    span.lang = r.l;
    return span;
  });
  if (!i.h && !i.l) return runs.length === 1 ? runs[0]! : fragment(runs);
  const e = i.h ? el('a') : el('span');
  if (e instanceof HTMLAnchorElement) e.href = i.h!;
  if (i.l) e.lang = i.l;
  e.append(...runs);
  return e;
}
const fragment = (nodes: Node[]) => {
  const f = document.createDocumentFragment();
  f.append(...nodes);
  return f;
};

/** Redraws the table the page was built with for other roles, row for row in its markup. */
function render(table: HTMLTableElement, roles: CompareRole[], say: Messages): number {
  const head = table.tHead!.rows[0]!;
  while (head.cells.length > 1) head.deleteCell(1);
  for (const r of roles) {
    const th = el('th');
    th.scope = 'col';
    th.append(item({ t: r.title, h: r.href, ...(r.l && { l: r.l }) }));
    head.append(th);
  }
  let differs = 0;
  for (const tr of table.tBodies[0]!.rows) {
    const row = tr.dataset['row'] as CompareRowId;
    const diff = rowDiffers(roles, row);
    if (diff) differs++;
    const badge = tr.cells[0]!.querySelector('.diff')!;
    badge.textContent = diff ? say.differs : say.same;
    badge.classList.toggle('diff-yes', diff);
    while (tr.cells.length > 1) tr.deleteCell(1);
    for (const r of roles) {
      const td = el('td');
      const items = r.rows[row] ?? [];
      if (items.length === 0) {
        const none = el('span', say.none);
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

class NotFound extends Error {}

/**
 * /compare/?roles=a,b[,c] (the picker's form submits roles=a&roles=b): fetches those roles
 * from the page's API folder (/api/compare/ or /api/compare/en/) and redraws the table.
 * The page loads this only when its address names roles; without JavaScript it shows the
 * two roles it was built with.
 */
export function enhanceCompare(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const table = document.querySelector<HTMLTableElement>('[data-compare-table]');
  const status = document.querySelector<HTMLElement>('[data-compare-status]');
  const error = document.querySelector<HTMLElement>('[data-compare-error]');
  if (!form || !table || !status || !error) return;
  const say = JSON.parse(form.dataset['compareForm'] ?? '{}') as Messages;
  const api = form.dataset['compareApi'] ?? '/api/compare/';
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
          const res = await fetch(`${api}${id}.json`);
          if (!res.ok) throw new NotFound(words(say.notFound, { id }));
          return (await res.json()) as CompareRole;
        }),
      );
      const differs = render(table, roles, say);
      table.dataset['roles'] = ids.join(',');
      const titles = roles.flatMap((r, i) => [
        ...(i ? [document.createTextNode(i === roles.length - 1 ? say.lastSep : say.sep)] : []),
        item({ t: r.title, ...(r.l && { l: r.l }) }),
      ]);
      status.replaceChildren(
        ...fill(say.status, { titles, rows: table.tBodies[0]!.rows.length, differs }),
      );
    } catch (e) {
      // A missing role is named; anything else (the network, a broken file) is one message.
      const why = e instanceof NotFound ? e.message : say.failed;
      fail(words(say.keptPrevious, { error: why }));
    }
  };

  const parsed = parseRoles(location.search);
  if (!parsed) return;
  // The picker shows what the address asked for, so a refused choice can be corrected in place.
  const asked = new URLSearchParams(location.search).getAll('roles').join(',').split(',');
  for (const b of boxes) b.checked = asked.includes(b.value);
  if ('error' in parsed) {
    const why = parsed.error === 'notId' ? words(say.notId, { id: parsed.id }) : say.count;
    return fail(words(say.keptDefault, { error: why }));
  }
  // The form sends roles=a&roles=b; the address to share is ?roles=a,b.
  history.replaceState(null, '', `?roles=${parsed.ids.join(',')}`);
  void show(parsed.ids);
}
