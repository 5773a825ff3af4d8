// The only doors to the .xlsx code: dynamic import() keeps read-excel-file,
// write-excel-file, fflate and the sheet models out of the page's first
// script; they load the first time a person chooses an .xlsx or asks for one.
import type { SheetReading, WorkbookSheet } from '../../lib/team-xlsx/index.ts';
import type { Scorecard } from '../../lib/scoring/index.ts';
import { downloadBlob } from '../common/download-csv.ts';

/** Said when the code itself cannot be fetched (offline, or a new deploy replaced it). */
export const LOAD_FAILED = '无法加载读写 Excel 的程序,请检查网络后重试,或改用 CSV。';

/** A file that goes to the workbook reader: .xlsx, or an old .xls (refused with advice). */
export const isWorkbookFile = (file: File): boolean =>
  /\.xlsx?$/i.test(file.name) || file.type.includes('spreadsheetml');

/** An opened workbook, with the reader that turns one of its sheets into the grader's records. */
export interface OpenedWorkbook {
  sheets: WorkbookSheet[];
  read: (card: Scorecard, sheet: WorkbookSheet) => SheetReading;
}

export async function loadWorkbook(file: File): Promise<OpenedWorkbook> {
  const mod = await import('./xlsx-read.ts').catch(() => {
    throw new Error(LOAD_FAILED);
  });
  return { sheets: await mod.readWorkbook(file), read: mod.readTeamSheet };
}

type Writer = typeof import('./xlsx-write.ts');

/** Builds a workbook with the writer, loaded on first use, and saves it. */
export async function saveWorkbook(
  filename: string,
  make: (writer: Writer) => Promise<Blob>,
): Promise<void> {
  const writer = await import('./xlsx-write.ts').catch(() => {
    throw new Error(LOAD_FAILED);
  });
  downloadBlob(filename, await make(writer));
}
