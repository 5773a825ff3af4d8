// The only doors to the code for files: dynamic import() keeps read-excel-file,
// write-excel-file, fflate, the sheet models and the CSV writers out of the page's
// first script; they load the first time a person chooses an .xlsx or asks for a file.
import type { SheetKey, SheetReading, WorkbookSheet } from '../../lib/team-xlsx/index.ts';
import type { Scorecard, Templates } from '../../lib/scoring/index.ts';
import { downloadBlob, downloadCsv } from '../common/download-csv.ts';
import { CSV_LOAD_FAILED, LOAD_FAILED } from './file-errors.ts';

/** A file that goes to the workbook reader: .xlsx, or an old .xls (refused with advice). */
export const isWorkbookFile = (file: File): boolean =>
  /\.xlsx?$/i.test(file.name) || file.type.includes('spreadsheetml');

/**
 * An opened workbook, with the reader that turns one of its sheets into the grader's
 * records and the words (the page's language) of what reading it says.
 */
export interface OpenedWorkbook {
  sheets: WorkbookSheet[];
  read: (card: Scorecard, sheet: WorkbookSheet) => SheetReading;
  words: Templates<SheetKey>;
}

export async function loadWorkbook(
  file: File,
  loadWords: () => Promise<Templates<SheetKey>>,
): Promise<OpenedWorkbook> {
  const [mod, words] = await Promise.all([import('./xlsx-read.ts'), loadWords()]).catch(() => {
    throw new Error(LOAD_FAILED);
  });
  return { sheets: await mod.readWorkbook(file), read: mod.readTeamSheet, words };
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

type CsvWriter = typeof import('../../lib/team/team-csv.ts');

/**
 * Writes a CSV file with the team's CSV writers (src/lib/team/team-csv.ts, which
 * lib/team/index.ts leaves out so that it loads only here), and saves it.
 */
export async function saveCsv(
  filename: string,
  make: (writer: CsvWriter) => string,
): Promise<void> {
  const writer = await import('../../lib/team/team-csv.ts').catch(() => {
    throw new Error(CSV_LOAD_FAILED);
  });
  downloadCsv(filename, make(writer));
}
