// The merged cells of each sheet, from a workbook's XML parts. read-excel-file
// does not report merges, and a merged header is the one thing that silently
// loses columns, so the few attributes needed are read here. Pure: the caller
// unzips the file and passes the parts as text by their path in the zip.

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? (m[2] ?? m[3]) : undefined;
};

const unescape = (s: string) =>
  s.replace(/&(lt|gt|quot|apos|amp|#\d+|#x[0-9a-f]+);/gi, (_, e: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };
    const k = e.toLowerCase();
    if (named[k]) return named[k]!;
    return String.fromCodePoint(k.startsWith('#x') ? parseInt(k.slice(2), 16) : parseInt(k.slice(1), 10));
  });

/** Resolves a relationship target against xl/: "worksheets/sheet1.xml" or "/xl/worksheets/sheet1.xml". */
const partPath = (target: string) => (target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`);

/**
 * Sheet name → its merged ranges ("A1:B1"), from the parts of an .xlsx:
 * xl/workbook.xml (names and relationship ids), xl/_rels/workbook.xml.rels
 * (which part each sheet is) and the sheets' own XML (<mergeCell ref>).
 */
export function mergesBySheet(parts: Readonly<Record<string, string>>): Map<string, string[]> {
  const out = new Map<string, string[]>();
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
    const xml = parts[targets.get(id) ?? ''] ?? '';
    const refs = [...xml.matchAll(/<(?:\w+:)?mergeCell\b([^>]*)>/g)].flatMap((c) => {
      const ref = attr(c[1]!, 'ref');
      return ref ? [ref] : [];
    });
    out.set(unescape(name), refs);
  }
  return out;
}

/** The parts mergesBySheet reads: the workbook, its relationships and the worksheets. */
export const isMergePart = (path: string): boolean =>
  path === 'xl/workbook.xml' || path === 'xl/_rels/workbook.xml.rels' || /^xl\/worksheets\/[^/]+\.xml$/.test(path);
