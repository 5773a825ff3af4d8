// Writes the team grader's sheet models (src/lib/team-xlsx/xlsx-model.ts) as an
// .xlsx Blob. Imported only when a person asks for an .xlsx download, so the
// models are built here too and stay out of the page's first script.
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/browser';
import type { Scorecard } from '../../lib/scoring/index.ts';
import type { CalibrationMove, TeamError, TeamRow, TeamWords } from '../../lib/team/index.ts';
import {
  calibrationModel,
  resultsModel,
  templateModel,
  type ModelCell,
  type SheetModel,
} from '../../lib/team-xlsx/index.ts';

function cell(c: ModelCell): Cell {
  if (c.kind === 'empty') return null;
  if (c.kind === 'number') return { value: c.value, type: Number, format: c.format };
  // type String: the value is written as a shared string, so "=1+1" stays text and never runs.
  return c.bold
    ? { value: c.value, type: String, fontWeight: 'bold' }
    : { value: c.value, type: String };
}

/** One workbook with a sheet per model, each with its header frozen and its widths. */
export function workbookBlob(models: readonly SheetModel[]): Promise<Blob> {
  const sheets: Sheet<Blob>[] = models.map((m) => ({
    // Excel refuses these characters in a sheet name, and names over 31 characters.
    sheet: m.name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31),
    data: m.rows.map((r) => r.map(cell)),
    columns: m.widths.map((width) => ({ width })),
    stickyRowsCount: m.frozenRows,
  }));
  return writeXlsxFile(sheets).toBlob();
}

/** The template as a workbook: the sheet's columns, bold and frozen, and the example row. */
export const templateWorkbook = (card: Scorecard): Promise<Blob> =>
  workbookBlob([templateModel(card)]);

/** The results as a workbook: the graded table, then the calibration trail when there is one. */
export function resultsWorkbook(
  card: Scorecard,
  rows: readonly TeamRow[],
  errors: readonly TeamError[],
  w: TeamWords,
  band: ((row: TeamRow) => string | undefined) | undefined,
  moves: readonly CalibrationMove[],
  bandLabels: readonly string[],
): Promise<Blob> {
  return workbookBlob([
    resultsModel(card, rows, errors, w, band),
    ...(moves.length > 0 ? [calibrationModel(moves, bandLabels, w)] : []),
  ]);
}
