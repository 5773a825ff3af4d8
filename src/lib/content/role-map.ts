import type { DepartmentData, Entry, PersonRef, ResponsibilityData } from '../../schemas/index';
import { entryHref } from './urls.ts';

/** A person or role as the diagrams show it: a link when the handbook has its page. */
export interface MapNode {
  label: string;
  href?: string;
  /** The role the page is about, drawn apart. */
  self?: boolean;
}

export function mapNode(person: PersonRef, titles: Map<string, string>): MapNode {
  if ('role' in person) {
    const id = person.role.id;
    return { label: person.name ?? titles.get(id) ?? id, href: entryHref('roles', id) };
  }
  return { label: person.name };
}

/** A diagram's rows, top to bottom; each row holds one or more boxes side by side. */
export interface MapRow {
  /** What the row is (直接上级, 本岗位 …), for the list and the diagram's side label. */
  label: string;
  nodes: MapNode[];
}

interface RoleLike {
  title: string;
  reportsTo: PersonRef[];
  directReports: PersonRef[];
  careerPath?: { path: PersonRef[] } | undefined;
}

/** The reporting line around a role: superiors, the role, its direct reports (rows with no one are left out). */
export function reportingLine(role: RoleLike, titles: Map<string, string>): MapRow[] {
  if (role.reportsTo.length === 0 && role.directReports.length === 0) return [];
  const rows: MapRow[] = [];
  if (role.reportsTo.length)
    rows.push({ label: '直接上级', nodes: role.reportsTo.map((p) => mapNode(p, titles)) });
  rows.push({ label: '本岗位', nodes: [{ label: role.title, self: true }] });
  if (role.directReports.length)
    rows.push({ label: '直接下级', nodes: role.directReports.map((p) => mapNode(p, titles)) });
  return rows;
}

/** The career path, one step a row; the role itself, where the path names it, is marked. */
export function careerRows(role: RoleLike & { id: string }, titles: Map<string, string>): MapRow[] {
  const path = role.careerPath?.path ?? [];
  return path.map((p, i) => {
    const node = mapNode(p, titles);
    const self = 'role' in p && p.role.id === role.id;
    return {
      label: `第 ${i + 1} 步`,
      nodes: [self ? { label: node.label, self: true } : node],
    };
  });
}

/** Width of a text in em: CJK and full-width characters count 1, others about half. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text)
    w += /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.56;
  return w;
}

/** Breaks a label into lines of at most `em` wide, never inside a Latin word. */
export function wrapLabel(text: string, em: number): string[] {
  const tokens = text.match(/[A-Za-z0-9%.+-]+|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const t of tokens) {
    if (line && textEm(line + t) > em) {
      lines.push(line.trim());
      line = t.trim() ? t : '';
    } else line += t;
  }
  if (line.trim()) lines.push(line.trim());
  return lines.length ? lines : [text];
}

export interface LaidBox extends MapNode {
  x: number;
  y: number;
  w: number;
  h: number;
  lines: string[];
}
export interface Layout {
  width: number;
  height: number;
  /** Each row's label, at the row's vertical middle. */
  labels: { text: string; y: number }[];
  boxes: LaidBox[][];
  /** Connectors between consecutive rows: from the middle of each box's bottom to the next row's boxes. */
  links: { x1: number; y1: number; x2: number; y2: number }[];
}

export interface LayoutOptions {
  /** Total width in SVG units; 300 stays at 1:1 on a 360 px phone. */
  width?: number;
  /** Room for the row labels on the left. */
  labelWidth?: number;
  font?: number;
  gap?: number;
}

/**
 * Lays rows out top to bottom at a width that fits a phone, so one drawing serves every
 * screen: boxes of a row share its width, labels wrap, rows grow with their longest label.
 */
export function layoutRows(rows: MapRow[], o: LayoutOptions = {}): Layout {
  const width = o.width ?? 300;
  const labelWidth = o.labelWidth ?? 64;
  const font = o.font ?? 14;
  const gap = o.gap ?? 28;
  const pad = 8;
  const lineH = font * 1.35;
  const inner = width - labelWidth;
  let y = 2;
  const boxes: LaidBox[][] = [];
  const labels: Layout['labels'] = [];
  for (const row of rows) {
    const n = Math.max(1, row.nodes.length);
    const hGap = 8;
    const w = (inner - hGap * (n - 1)) / n;
    const laid = row.nodes.map((node, i) => ({
      ...node,
      x: labelWidth + i * (w + hGap),
      y,
      w,
      h: 0,
      lines: wrapLabel(node.label, Math.max(2, (w - 2 * pad) / font)),
    }));
    const h = Math.max(...laid.map((b) => b.lines.length), 1) * lineH + 2 * pad;
    for (const b of laid) b.h = h;
    boxes.push(laid);
    labels.push({ text: row.label, y: y + h / 2 });
    y += h + gap;
  }
  const links: Layout['links'] = [];
  for (let i = 1; i < boxes.length; i++)
    for (const from of boxes[i - 1]!)
      for (const to of boxes[i]!)
        links.push({
          x1: from.x + from.w / 2,
          y1: from.y + from.h,
          x2: to.x + to.w / 2,
          y2: to.y,
        });
  return { width, height: Math.max(y - gap + 2, 0), labels, boxes, links };
}

/** One line of the collaboration table: a department, what for, and the responsibility that says so. */
export interface CollaborationRow {
  department: Entry<DepartmentData>;
  /** The coordination sentence that names the department; absent when only the role lists it. */
  purpose?: string;
  responsibility?: Entry<ResponsibilityData>;
}

/**
 * Whom a role works with and for what: every coordination line of its responsibilities,
 * once per department it names, then the departments the role lists with no line.
 */
export function collaboration(
  responsibilities: Entry<ResponsibilityData>[],
  departments: Entry<DepartmentData>[],
): CollaborationRow[] {
  const byId = new Map(departments.map((d) => [d.id, d]));
  const rows: CollaborationRow[] = [];
  for (const r of responsibilities)
    for (const c of r.data.coordination)
      for (const ref of c.departments) {
        const department = byId.get(ref.id);
        if (department) rows.push({ department, purpose: c.text, responsibility: r });
      }
  const named = new Set(rows.map((x) => x.department.id));
  for (const d of departments) if (!named.has(d.id)) rows.push({ department: d });
  // Grouped by department in the order each first appears, so the table reads one department at a time.
  const order = [...new Set(rows.map((x) => x.department.id))];
  return order.flatMap((id) => rows.filter((x) => x.department.id === id));
}

/** A department with how many coordination lines reach it, for the map's spokes. */
export function collaborationCounts(rows: CollaborationRow[]) {
  const counts = new Map<string, { department: Entry<DepartmentData>; lines: number }>();
  for (const r of rows) {
    const c = counts.get(r.department.id) ?? { department: r.department, lines: 0 };
    if (r.purpose) c.lines += 1;
    counts.set(r.department.id, c);
  }
  return [...counts.values()];
}

export interface SpokeLayout {
  width: number;
  height: number;
  hub: { x: number; y: number; w: number; h: number; lines: string[] };
  spokes: { x: number; y: number; w: number; h: number; lines: string[]; x1: number; y1: number }[];
}

/**
 * The collaboration map: the role as a hub on the left, one box a department on the right,
 * a connector to each. 300 units wide, so it stays at 1:1 on a phone.
 */
export function layoutSpokes(hubLabel: string, labels: string[], width = 300): SpokeLayout {
  const font = 14;
  const lineH = font * 1.35;
  const pad = 6;
  const gap = 8;
  const hubW = 96;
  const boxW = 132;
  const boxX = width - boxW;
  let y = 2;
  const spokes = labels.map((label) => {
    const lines = wrapLabel(label, (boxW - 2 * pad) / font);
    const h = lines.length * lineH + 2 * pad;
    const box = { x: boxX, y, w: boxW, h, lines, x1: 0, y1: 0 };
    y += h + gap;
    return box;
  });
  const hubLines = wrapLabel(hubLabel, (hubW - 2 * pad) / font);
  const hubH = hubLines.length * lineH + 2 * pad;
  const height = Math.max(y - gap + 2, hubH + 4);
  const hub = { x: 0, y: (height - hubH) / 2, w: hubW, h: hubH, lines: hubLines };
  for (const s of spokes) {
    s.x1 = hub.x + hub.w;
    s.y1 = hub.y + hub.h / 2;
  }
  return { width, height, hub, spokes };
}
