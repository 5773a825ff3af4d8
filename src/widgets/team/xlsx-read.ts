// Reads an .xlsx chosen in the browser into plain sheets for the pure reader
// (src/lib/team-xlsx/xlsx-sheet.ts). Imported only when a person picks an .xlsx,
// so the libraries stay out of the page's first script.
import readXlsxFile from 'read-excel-file/browser';
// fflate is read-excel-file's own unzipper: importing it adds no second copy.
import { strFromU8, unzipSync } from 'fflate';
import { isWorkbookPart, mergesBySheet, percentCellsBySheet } from '../../lib/team-xlsx/index.ts';
import type { WorkbookSheet } from '../../lib/team-xlsx/index.ts';
// The sheet reader travels with the file reader: it is needed only once a workbook is open.
export { readTeamSheet } from '../../lib/team-xlsx/index.ts';

import { NOT_XLSX } from './file-errors.ts';

/** Every sheet of a workbook, in the file's order, with its merged ranges and percentage cells. */
export async function readWorkbook(file: Blob | ArrayBuffer): Promise<WorkbookSheet[]> {
  const bytes = file instanceof ArrayBuffer ? file : await file.arrayBuffer();
  let parts: Record<string, string>;
  try {
    const zipped = unzipSync(new Uint8Array(bytes), { filter: (f) => isWorkbookPart(f.name) });
    parts = Object.fromEntries(Object.entries(zipped).map(([k, v]) => [k, strFromU8(v)]));
  } catch {
    throw new Error(NOT_XLSX);
  }
  const merges = mergesBySheet(parts);
  const percents = percentCellsBySheet(parts);
  let sheets;
  try {
    sheets = await readXlsxFile(bytes);
  } catch {
    throw new Error(NOT_XLSX);
  }
  return sheets.map((s) => ({
    name: s.sheet,
    rows: s.data as WorkbookSheet['rows'],
    merges: merges.get(s.sheet) ?? [],
    percentCells: percents.get(s.sheet) ?? new Set<string>(),
  }));
}
