// A workbook's sheet as the team grader's records: the same text cells the CSV
// path gives, so one grader handles both. Pure: the workbook is read elsewhere
// (src/widgets/team/xlsx-read.ts) and handed in as plain values.
import { parseNumber } from '../number/index.ts';
import { phrase, type Phrase } from '../phrase/index.ts';
import type { Scorecard } from '../scoring/types.ts';
import type { TeamRecord } from '../team/grade-team.ts';
import { matcher } from '../team/grade-team.ts';
import { templateColumns, type TeamColumn } from '../team/template.ts';

/** A cell as a spreadsheet reader gives it (null when empty). */
export type SheetValue = string | number | boolean | Date | null | undefined;

export interface WorkbookSheet {
  name: string;
  /** Rows from row 1 of the sheet, cells from column A. */
  rows: readonly (readonly SheetValue[])[];
  /** Merged ranges as the file gives them: "A1:B1". */
  merges: readonly string[];
  /** Numeric cells formatted as a percentage ("D2"): Excel stores 86% as 0.86. */
  percentCells?: ReadonlySet<string>;
}

/** What reading a sheet says, worded by the widget (src/i18n/team/); lists join with `sep`, `none` when empty. */
export type SheetKey =
  | 'sheetEmpty'
  | 'headerMerged'
  | 'notTemplate'
  | 'mergedCell'
  | 'dateCell'
  | 'textCell'
  | 'textNumbers'
  | 'emptyRows'
  | 'row'
  | 'sep'
  | 'none';

/** Something about a cell the person should know; the cell itself is still used. */
export interface SheetNotice {
  /** The sheet's row number, as Excel shows it. */
  row: number;
  /** The cell's address ("C4"), or '' for a note about whole rows. */
  cell: string;
  message: Phrase<SheetKey>;
}

export type SheetReading =
  | {
      ok: true;
      /** Every non-empty row, header first, as text cells with the sheet's row numbers. */
      records: TeamRecord[];
      notices: SheetNotice[];
      /** Empty rows between the header and the last filled row, skipped. */
      emptyRows: number[];
    }
  | {
      ok: false;
      /** Why the sheet cannot be graded. */
      problem: Phrase<SheetKey>;
      /** Template columns the header lacks (for a sheet that is not the template's). */
      missing: string[];
      /** Header cells that name no column of the sheet. */
      unknown: string[];
    };

/** The sheets to choose from, the first chosen unless the person picks another. */
export function sheetPicker(sheets: readonly { name: string }[]): {
  names: string[];
  index: number;
} {
  return { names: sheets.map((s) => s.name), index: 0 };
}

/** 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "B3" → { row: 3, col: 1 } (0-based column). */
function parseAddress(a: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(a.trim().toUpperCase());
  if (!m) return undefined;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), col: col - 1 };
}

/** A merged range "A1:C2" as rows and columns (both ends included). */
export function parseRange(
  ref: string,
): { top: number; bottom: number; left: number; right: number } | undefined {
  const [a, b = a] = ref.split(':');
  const p = a ? parseAddress(a) : undefined;
  const q = b ? parseAddress(b) : undefined;
  if (!p || !q) return undefined;
  return {
    top: Math.min(p.row, q.row),
    bottom: Math.max(p.row, q.row),
    left: Math.min(p.col, q.col),
    right: Math.max(p.col, q.col),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A number as the text a person would have typed: no binary noise (0.1 + 0.2 → 0.3). */
export function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : String(n);
}

/** A cell as the CSV path would have it: text. Dates become YYYY-MM-DD (the day the sheet shows). */
export function cellText(v: SheetValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return `${v.getUTCFullYear()}-${pad(v.getUTCMonth() + 1)}-${pad(v.getUTCDate())}`;
}

const isBlank = (row: readonly SheetValue[] | undefined) =>
  !row || row.every((v) => cellText(v).trim() === '');

/**
 * Reads one sheet of a workbook for the team grader. The first non-empty row
 * is the header. Refused, with the reason: merged cells in the header (each
 * column needs its own header), and a sheet that is not the template's (no
 * 姓名 column, or no column of the scorecard). Accepted with a notice: numbers
 * stored as text (each that does not read as a number is named), dates in a
 * number column, merged cells below the header (only their first cell has a
 * value). Empty rows are skipped and listed.
 */
export function readTeamSheet(card: Scorecard, sheet: WorkbookSheet): SheetReading {
  const headerIndex = sheet.rows.findIndex((r) => !isBlank(r));
  const fail = (
    problem: Phrase<SheetKey>,
    missing: string[] = [],
    unknown: string[] = [],
  ): SheetReading => ({
    ok: false,
    problem,
    missing,
    unknown,
  });
  if (headerIndex < 0) return fail(phrase('sheetEmpty', { sheet: sheet.name }));
  const headerRow = headerIndex + 1;

  const ranges = sheet.merges.flatMap((ref) => {
    const r = parseRange(ref);
    return r ? [{ ref, ...r }] : [];
  });
  const inHeader = ranges.filter((r) => r.top <= headerRow && r.bottom >= headerRow);
  if (inHeader.length > 0)
    return fail(
      phrase('headerMerged', {
        sheet: sheet.name,
        row: headerRow,
        cells: inHeader.map((r) => r.ref),
      }),
    );

  const columns = templateColumns(card);
  const find = matcher(columns);
  const header = sheet.rows[headerIndex]!.map(cellText);
  const found = new Map<number, TeamColumn>();
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const t = h.trim();
    if (t === '') return;
    const c = find(t);
    if (c) found.set(i, c);
    else unknown.push(t);
  });
  const matched = new Set(found.values());
  const missing = columns.filter((c) => !matched.has(c)).map((c) => c.header);
  const hasName = [...matched].some((c) => c.kind === 'name');
  const hasData = [...matched].some((c) => c.kind !== 'name');
  if (!hasName || !hasData)
    return fail(
      phrase('notTemplate', { sheet: sheet.name, title: card.title, missing, unknown }),
      missing,
      unknown,
    );

  const notices: SheetNotice[] = [];
  for (const r of ranges) {
    if (r.top === r.bottom && r.left === r.right) continue;
    notices.push({
      row: r.top,
      cell: r.ref,
      message: phrase('mergedCell', { cell: r.ref }),
    });
  }

  const last = sheet.rows.reduce((at, row, i) => (isBlank(row) ? at : i), headerIndex);
  const records: TeamRecord[] = [];
  const emptyRows: number[] = [];
  const textNumbers: string[] = [];
  for (let i = headerIndex; i <= last; i++) {
    const row = sheet.rows[i] ?? [];
    const line = i + 1;
    if (isBlank(row)) {
      emptyRows.push(line);
      continue;
    }
    const width = Math.max(row.length, header.length);
    // A percentage cell reads as the sheet shows it, 86%, as the CSV path would have it.
    const percent = (c: number) => sheet.percentCells?.has(`${columnLetter(c)}${line}`) === true;
    const cells = Array.from({ length: width }, (_, c) => {
      const v = row[c];
      return typeof v === 'number' && percent(c) ? `${numberText(v * 100)}%` : cellText(v);
    });
    records.push({ line, cells });
    if (i === headerIndex) continue;
    found.forEach((col, c) => {
      if (col.kind === 'name') return;
      const v = row[c];
      const address = `${columnLetter(c)}${line}`;
      if (v instanceof Date)
        notices.push({
          row: line,
          cell: address,
          message: phrase('dateCell', { cell: address, header: col.header, date: cellText(v) }),
        });
      else if (typeof v === 'string' && v.trim() !== '') {
        if (parseNumber(v, { percent: true }).ok) textNumbers.push(address);
        else
          notices.push({
            row: line,
            cell: address,
            message: phrase('textCell', { cell: address, header: col.header, value: v }),
          });
      }
    });
  }
  if (textNumbers.length > 0)
    notices.push({
      row: 0,
      cell: '',
      message: phrase('textNumbers', { n: textNumbers.length, cells: textNumbers }),
    });
  if (emptyRows.length > 0)
    notices.push({
      row: 0,
      cell: '',
      message: phrase('emptyRows', { rows: emptyRows.map((n) => phrase('row', { n })) }),
    });
  return { ok: true, records, notices, emptyRows };
}
