// Why an .xlsx could not be handled, as the messages of the errors thrown: codes that
// the team grader words in the page's language (src/i18n/team/). Kept apart so that the
// first script can recognise them without loading the .xlsx code.

/** The .xlsx code itself could not be fetched (offline, or a new deploy replaced it). */
export const LOAD_FAILED = 'xlsx-code-not-loaded';

/** The file is not an .xlsx workbook (an old .xls, a CSV renamed, a damaged file). */
export const NOT_XLSX = 'not-an-xlsx-workbook';
