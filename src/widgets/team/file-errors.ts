// Why a file could not be read or written, as the messages of the errors thrown: codes
// that the team grader words in the page's language (src/i18n/team/). Kept apart so that
// the first script can recognise them without loading the code for files.

/** The .xlsx code itself could not be fetched (offline, or a new deploy replaced it). */
export const LOAD_FAILED = 'xlsx-code-not-loaded';

/** The CSV writer could not be fetched. */
export const CSV_LOAD_FAILED = 'csv-code-not-loaded';

/** The file is not an .xlsx workbook (an old .xls, a CSV renamed, a damaged file). */
export const NOT_XLSX = 'not-an-xlsx-workbook';
