// The CSV files the team grader writes: the template to fill in, the graded results
// and the calibration trail. Apart from grading, and left out of index.ts, so that the
// page loads them only when a person asks for a download (src/widgets/team/file-code.ts).
import { formatNumber } from '../number/index.ts';
import { fill } from '../phrase/index.ts';
import type { Scorecard } from '../scoring/types.ts';
import { gradeText } from '../scoring/grade-text.ts';
import { toCsv } from '../csv.ts';
import type { CalibrationMove } from './calibration.ts';
import { deductionHeader, rowNote, type TeamError, type TeamRow } from './grade-team.ts';
import { exampleRow, templateHeaders } from './template.ts';
import type { TeamWords } from './words.ts';

/** A template CSV for a sheet: the header row and one example row (no BOM; the caller adds it). */
export function templateCsv(card: Scorecard): string {
  return toCsv([templateHeaders(card), exampleRow(card)]);
}

/**
 * The graded table as CSV (no BOM; the caller adds it): 行号, 姓名, each
 * indicator's points, each deduction, 总分, 等级, 建议分布 when `band` is
 * given, and 说明 (the row's errors, or why it has no total), headed and worded
 * in the page's words. Cells that a spreadsheet would run as formulas are
 * escaped by toCsv.
 */
export function resultsCsv(
  card: Scorecard,
  rows: readonly TeamRow[],
  errors: readonly TeamError[],
  w: TeamWords,
  band?: (row: TeamRow) => string | undefined,
): string {
  const header = [
    w.headLine,
    w.headName,
    ...card.indicators.map((i) => fill(w.headPoints, { label: i.label })),
    ...card.deductions.map((d) => deductionHeader(card, d.label, w)),
    w.headTotal,
    w.headGrade,
  ];
  if (band) header.push(w.headBand);
  header.push(w.headNote);
  const fmt = (v: number | undefined) => (v === undefined ? '' : formatNumber(v));
  const body = rows.map((r) => {
    const cells = [
      String(r.line),
      r.name,
      ...r.result.indicators.map((i) => fmt(i.points)),
      ...r.result.deductions.map((d) => fmt(d.deduction)),
    ];
    cells.push(fmt(r.result.total), gradeText(w, r.result));
    if (band) cells.push(band(r) ?? '');
    cells.push(rowNote(errors, r, w));
    return cells;
  });
  return toCsv([header, ...body]);
}

/**
 * The calibration trail as CSV (no BOM; the caller adds it): 序号, 姓名, 总分,
 * 原分布, 调整后, 理由 (`head`, in the page's words), one row a move in the order
 * made. toCsv escapes cells a spreadsheet would run as formulas.
 */
export function calibrationCsv(
  moves: readonly CalibrationMove[],
  bandLabels: readonly string[],
  head: readonly string[],
): string {
  const label = (b: number) => bandLabels[b] ?? String(b + 1);
  return toCsv([
    [...head],
    ...moves.map((m, i) => [
      String(i + 1),
      m.name,
      m.total === undefined ? '' : formatNumber(m.total),
      label(m.from),
      label(m.to),
      m.reason,
    ]),
  ]);
}
