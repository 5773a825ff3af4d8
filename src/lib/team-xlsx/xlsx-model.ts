// The team grader's .xlsx files as plain data: sheets of typed cells with their
// formats, widths and frozen rows. src/widgets/team/xlsx-write.ts turns a model
// into a file; keeping the model here lets tests check every cell without a zip.
import { formatNumber } from '../number/index.ts';
import { parseNumber } from '../number/index.ts';
import type { Scorecard } from '../scoring/types.ts';
import type { CalibrationMove } from '../team/calibration.ts';
import { fill } from '../phrase/index.ts';
import { deductionHeader, rowNote, type TeamError, type TeamRow } from '../team/grade-team.ts';
import { gradeText } from '../scoring/grade-text.ts';
import type { TeamWords } from '../team/words.ts';
import { exampleRow, templateColumns } from '../team/template.ts';

/** Number formats used: two decimals, and a percentage with two decimals. */
export type NumberFormat = '0.00' | '0.00%';

export type ModelCell =
  /** Always text, even when it starts with = + - @: a string cell is never a formula. */
  | { kind: 'text'; value: string; bold?: boolean }
  /** A percentage is stored as a fraction (0.86 for 86%), as Excel does. */
  | { kind: 'number'; value: number; format: NumberFormat }
  | { kind: 'empty' };

export interface SheetModel {
  name: string;
  rows: ModelCell[][];
  /** Column widths in Excel's character units. */
  widths: number[];
  /** Rows kept in view when scrolling (the header). */
  frozenRows: number;
}

const text = (value: string, bold = false): ModelCell =>
  bold ? { kind: 'text', value, bold } : { kind: 'text', value };
const EMPTY: ModelCell = { kind: 'empty' };
const num = (value: number | undefined, format: NumberFormat = '0.00'): ModelCell =>
  value === undefined ? EMPTY : { kind: 'number', value, format };

/** How wide a text shows: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s)
    w +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(
        ch,
      )
        ? 2
        : 1;
  return w;
}

/** What a cell shows, for its column's width. */
function shown(c: ModelCell): string {
  if (c.kind === 'text') return c.value;
  if (c.kind === 'empty') return '';
  return c.format === '0.00%' ? `${(c.value * 100).toFixed(2)}%` : c.value.toFixed(2);
}

/** Widths that fit every cell (the Chinese headers above all), 8 to 60 characters. */
export function fitWidths(rows: readonly ModelCell[][]): number[] {
  const n = Math.max(0, ...rows.map((r) => r.length));
  return Array.from({ length: n }, (_, i) => {
    const w = Math.max(0, ...rows.map((r) => displayWidth(shown(r[i] ?? EMPTY))));
    return Math.min(60, Math.max(8, w + 2));
  });
}

const sheet = (name: string, rows: ModelCell[][]): SheetModel => ({
  name,
  rows,
  widths: fitWidths(rows),
  frozenRows: 1,
});

/**
 * The team template as a sheet: the bold, frozen header row of
 * templateColumns, then the given rows (the CSV template's example row when
 * none are given). Cells of number columns that read as numbers become
 * numbers with two decimals; everything else stays text.
 */
export function templateModel(card: Scorecard, rows?: readonly (readonly string[])[]): SheetModel {
  const cols = templateColumns(card);
  const body = rows ?? [exampleRow(card)];
  const cell = (v: string, i: number): ModelCell => {
    if (v.trim() === '') return EMPTY;
    const col = cols[i];
    const p = col && col.kind !== 'name' ? parseNumber(v) : undefined;
    return p?.ok ? num(p.value) : text(v);
  };
  return sheet(card.title, [
    cols.map((c) => text(c.header, true)),
    ...body.map((r) => r.map(cell)),
  ]);
}

/**
 * The graded team as a sheet, the columns of resultsCsv plus each ratio
 * indicator's 完成率 as a percentage: 行号, 姓名, per indicator 完成率 (ratio
 * only) and 得分, each deduction, 总分, 等级, 建议分布 (when `band` is given), 说明.
 */
export function resultsModel(
  card: Scorecard,
  rows: readonly TeamRow[],
  errors: readonly TeamError[],
  w: TeamWords,
  band?: (row: TeamRow) => string | undefined,
): SheetModel {
  const header: string[] = [w.headLine, w.headName];
  for (const i of card.indicators) {
    if (i.kind === 'ratio') header.push(fill(w.headRate, { label: i.label }));
    header.push(fill(w.headPoints, { label: i.label }));
  }
  header.push(
    ...card.deductions.map((d) => deductionHeader(card, d.label, w)),
    w.headTotal,
    w.headGrade,
  );
  if (band) header.push(w.headBand);
  header.push(w.headNote);
  const body = rows.map((r) => {
    const cells: ModelCell[] = [text(String(r.line)), text(r.name)];
    r.result.indicators.forEach((res, k) => {
      if (card.indicators[k]!.kind === 'ratio')
        cells.push(num(res.x === undefined ? undefined : res.x / 100, '0.00%'));
      cells.push(num(res.points));
    });
    for (const d of r.result.deductions) cells.push(num(d.deduction));
    cells.push(num(r.result.total), text(gradeText(w, r.result)));
    if (band) cells.push(text(band(r) ?? ''));
    cells.push(text(rowNote(errors, r, w)));
    return cells;
  });
  return sheet(w.resultsSheet, [header.map((h) => text(h, true)), ...body]);
}

/** The calibration trail as a sheet: one row a move, in the order made. */
export function calibrationModel(
  moves: readonly CalibrationMove[],
  bandLabels: readonly string[],
  w: Pick<TeamWords, 'trailHead' | 'trailSheet'>,
): SheetModel {
  const label = (b: number) => bandLabels[b] ?? String(b + 1);
  const header = w.trailHead.map((h) => text(h, true));
  const body = moves.map((m, i) => [
    text(String(i + 1)),
    text(m.name),
    m.total === undefined ? EMPTY : num(m.total),
    text(label(m.from)),
    text(label(m.to)),
    text(m.reason),
  ]);
  return sheet(w.trailSheet, [header, ...body]);
}

/** A cell as text, the way the grader's CSV writes it (for comparing the two exports). */
export function modelCellText(c: ModelCell): string {
  if (c.kind === 'text') return c.value;
  if (c.kind === 'empty') return '';
  return c.format === '0.00%' ? `${formatNumber(c.value * 100)}%` : formatNumber(c.value);
}
