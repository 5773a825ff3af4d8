// The team grader's .xlsx sheets, apart from src/lib/team/index.ts so that the
// page's first script, which imports that index, never carries them: only the
// widget code that an .xlsx upload or download loads (import()) imports this one.
export {
  cellText,
  columnLetter,
  numberText,
  parseRange,
  readTeamSheet,
  sheetPicker,
  type SheetKey,
  type SheetNotice,
  type SheetReading,
  type SheetValue,
  type WorkbookSheet,
} from './xlsx-sheet.ts';
export {
  calibrationModel,
  displayWidth,
  fitWidths,
  modelCellText,
  resultsModel,
  templateModel,
  type ModelCell,
  type NumberFormat,
  type SheetModel,
} from './xlsx-model.ts';
export { isWorkbookPart, mergesBySheet, percentCellsBySheet } from './xlsx-merges.ts';
