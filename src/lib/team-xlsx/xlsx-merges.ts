// What read-excel-file does not report, from a workbook's XML parts: each
// sheet's merged cells (a merged header silently loses columns) and its cells
// formatted as a percentage (Excel stores 86% as 0.86). Only the few
// attributes needed are read. Pure: the caller unzips the file and passes the
// parts as text by their path in the zip.

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
};

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    const k = e.toLowerCase();
    if (named[k]) return named[k]!;
    return String.fromCodePoint(
      k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10),
    );
  });

/** Resolves a relationship target against xl/: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml". */
const partPath = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;

/**
 * Sheet name → its merged ranges ("A1:B1"), from the parts of an .xlsx:
 * xl/workbook.xml (names and relationship ids), xl/_rels/workbook.xml.rels
 * (which part each sheet is) and the sheets' own XML (<mergeCell ref>).
 */
export function mergesBySheet(parts: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, xml] of sheetParts(parts))
    out.set(
      name,
      [...xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/g)].flatMap((c) => {
        const ref = attr(c[1]!, 'ref');
        return ref ? [ref] : [];
      }),
    );
  return out;
}

/** Built-in number formats that are percentages (ECMA-376 18.8.30): 0% and 0.00%. */
const BUILTIN_PERCENT = new Set(['9', '10']);

/** A format code shows a percentage when it has a % outside quotes and escapes. */
const isPercentCode = (code: string) =>
  unescape(code)
    .replace(/"[^"]*"|\\./g, '')
    .includes('%');

/**
 * Sheet name → the addresses ("D2") of its numeric cells formatted as a
 * percentage, from xl/styles.xml (cellXfs → numFmtId → format code) and the
 * style index of each cell.
 */
export function percentCellsBySheet(
  parts: Readonly<Record<string, string>>,
): Map<string, Set<string>> {
  const styles = parts['xl/styles.xml'] ?? '';
  const codes = new Map<string, string>();
  for (const m of styles.matchAll(/<(?:\w+:)?numFmt\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'numFmtId');
    const code = attr(m[1]!, 'formatCode');
    if (id && code !== undefined) codes.set(id, code);
  }
  const xfs = /<(?:\w+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:\w+:)?cellXfs>/.exec(styles)?.[1] ?? '';
  const percentStyles = new Set<string>();
  [...xfs.matchAll(/<(?:\w+:)?xf\b([^>]*)>/g)].forEach((m, i) => {
    const id = attr(m[1]!, 'numFmtId') ?? '0';
    const code = codes.get(id);
    if (code !== undefined ? isPercentCode(code) : BUILTIN_PERCENT.has(id))
      percentStyles.add(String(i));
  });
  const out = new Map<string, Set<string>>();
  for (const [name, xml] of sheetParts(parts)) {
    const cells = new Set<string>();
    for (const m of xml.matchAll(/<(?:\w+:)?c\b([^>]*)>/g)) {
      const s = attr(m[1]!, 's');
      const t = attr(m[1]!, 't') ?? 'n';
      const ref = attr(m[1]!, 'r');
      if (ref && s !== undefined && t === 'n' && percentStyles.has(s)) cells.add(ref);
    }
    out.set(name, cells);
  }
  return out;
}

/** Each sheet's name and XML, in the workbook's order. */
function sheetParts(parts: Readonly<Record<string, string>>): [string, string][] {
  const out: [string, string][] = [];
  const workbook = parts['xl/workbook.xml'] ?? '';
  const rels = parts['xl/_rels/workbook.xml.rels'] ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<(?:\w+:)?Relationship\b([^>]*)>/g)) {
    const id = attr(m[1]!, 'Id');
    const target = attr(m[1]!, 'Target');
    if (id && target) targets.set(id, partPath(target));
  }
  for (const m of workbook.matchAll(/<(?:\w+:)?sheet\b([^>]*)>/g)) {
    const name = attr(m[1]!, 'name');
    const id = attr(m[1]!, '(?:\\w+:)?id');
    if (name === undefined || !id) continue;
    out.push([unescape(name), parts[targets.get(id) ?? ''] ?? '']);
  }
  return out;
}

/** The parts read here: the workbook, its relationships, the styles and the worksheets. */
export const isWorkbookPart = (path: string): boolean =>
  path === 'xl/workbook.xml' ||
  path === 'xl/_rels/workbook.xml.rels' ||
  path === 'xl/styles.xml' ||
  /^xl\/worksheets\/[^/]+\.xml$/.test(path);
