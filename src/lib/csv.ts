// CSV as spreadsheets write it (RFC 4180), read leniently and written safely.

/** One record of a CSV text, with the line it starts on (1-based, as an editor counts). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  /** The field separator used: a comma, or a tab when the header row has tabs and no commas. */
  delimiter: ',' | '\t';
  /** The line of a quoted field that never closes (it ran to the end of the text). */
  unclosedQuoteLine?: number;
}

const BOM = '\uFEFF';

/**
 * Which separator the first record uses: a tab when it has tabs and no commas
 * outside quotes (a paste from a spreadsheet), otherwise a comma.
 */
function detectDelimiter(text: string): ',' | '\t' {
  let quoted = false;
  let tabs = 0;
  let commas = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted && c === '\t') tabs++;
    else if (!quoted && c === ',') commas++;
  }
  return tabs > 0 && commas === 0 ? '\t' : ',';
}

/**
 * Reads CSV text (RFC 4180): fields in double quotes may hold the separator,
 * line breaks and doubled quotes (""); records end in CRLF, LF or CR; a
 * leading UTF-8 BOM is dropped; a line break at the very end adds no record.
 * An empty line is a record of one empty cell. Lenient where spreadsheets
 * are: a quote inside an unquoted field is kept as text, and text after a
 * closing quote is appended to the field.
 */
export function parseCsvRecords(input: string): ParsedCsv {
  const text = input.startsWith(BOM) ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  const result: ParsedCsv = { records, delimiter };
  if (text === '') return result;

  let line = 1;
  let cells: string[] = [];
  let cell = '';
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let atFieldStart = true;
  const endRecord = () => {
    cells.push(cell);
    records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    atFieldStart = true;
  };

  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line++;
        cell += c;
      }
      continue;
    }
    if (c === '"' && atFieldStart) {
      quoted = true;
      quoteLine = line;
      atFieldStart = false;
    } else if (c === delimiter) {
      cells.push(cell);
      cell = '';
      atFieldStart = true;
    } else if (c === '\r' || c === '\n') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += c;
      atFieldStart = false;
    }
  }
  if (quoted) result.unclosedQuoteLine = quoteLine;
  // A final line break ends the last record; it does not start an empty one.
  const last = text[text.length - 1];
  if (quoted || !(last === '\n' || last === '\r') || cells.length > 0 || cell !== '') endRecord();
  return result;
}

/** The cells of CSV text, row by row (see parseCsvRecords). */
export function parseCsv(text: string): string[][] {
  return parseCsvRecords(text).records.map((r) => r.cells);
}

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab or
 * CR) gets a leading single quote, so it opens as text: "=HYPERLINK(1)" →
 * "'=HYPERLINK(1)". Other cells are returned as they are.
 */
export function escapeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export interface ToCsvOptions {
  /** Prefix formula-like cells with ' (default true: the file is for a spreadsheet). */
  escapeFormulas?: boolean;
}

/**
 * Writes rows as CSV with CRLF line ends, quoting a cell when it holds a
 * comma, quote, tab or line break (or starts with a BOM), so parseCsv reads
 * the same cells back. Formula-like cells are escaped (escapeFormula) unless
 * `escapeFormulas: false`. The caller prepends a UTF-8 BOM for Excel.
 */
export function toCsv(rows: readonly (readonly string[])[], options: ToCsvOptions = {}): string {
  const escape = options.escapeFormulas !== false;
  const field = (raw: string) => {
    const v = escape ? escapeFormula(raw) : raw;
    return /[",\t\r\n]|^\uFEFF/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return rows
    .map((row) => (row.length === 1 && row[0] === '' ? '""' : row.map(field).join(',')))
    .map((line) => `${line}\r\n`)
    .join('');
}
