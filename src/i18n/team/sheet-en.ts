// What reading an .xlsx sheet says in English, loaded only when a workbook is opened.
import type { Templates } from '../../lib/scoring/index.ts';
import type { SheetKey } from '../../lib/team-xlsx/index.ts';

/** Lists are joined with `sep`; an empty one says `none`. */
export const sheet: Templates<SheetKey> = {
  sheetEmpty:
    'The sheet “{sheet}” is empty: there is no header row. Pick a filled-in sheet, or download the template to fill in.',
  headerMerged:
    'The sheet “{sheet}” has merged cells in row {row}, its header: {cells}. Only the first cell of a merge keeps its heading, so the other columns cannot be told apart. Unmerge them so that each column has its own heading (the template shows them), then upload again.',
  notTemplate:
    'The sheet “{sheet}” is not the template of “{title}”: columns missing: {missing}; columns not recognised: {unknown}. Fill in this sheet’s template, or pick another sheet.',
  mergedCell:
    '{cell} is a merged cell: only its top left cell has a value, the others count as empty.',
  dateCell:
    '{cell} ({header}) is a date, {date}, not a number. Format the cell as “General” or “Number” and type the number again.',
  textCell:
    '{cell} ({header}) is stored as text, and “{value}” is not a number. Type numbers only.',
  textNumbers: 'Numbers stored as text in {n} cells ({cells}) were read as numbers.',
  emptyRows: 'Empty, skipped: {rows}.',
  row: 'row {n}',
  sep: ', ',
  none: 'none',
};
