// Grades a whole team from one CSV: one row a person, columns by header text.
import { errorPhrase, type ErrorCode, type MessageKey } from '../scoring/errors.ts';
import { fill, phrase, say, type Phrase } from '../phrase/index.ts';
import { weightsSteps, type WeightStepKey } from '../scoring/weight-steps.ts';
import { gradeScorecard } from '../scoring/grade-scorecard.ts';
import type { Field, Raw, Scorecard, ScorecardInputs, ScorecardResult } from '../scoring/types.ts';
import { parseCsvRecords } from '../csv.ts';
import { templateColumns, type TeamColumn } from './template.ts';
import { totalText, type TeamWords } from './words.ts';
import { formatNumber } from '../number/index.ts';

export interface TeamRow {
  /** The CSV line the person's record starts on. */
  line: number;
  name: string;
  result: ScorecardResult;
}

export interface TeamError {
  /** The CSV line of the record (the header's line for a problem with the columns). */
  line: number;
  /** The column's header as written in the CSV ('' for a problem with the whole text). */
  column: string;
  /** The cell as typed. */
  value: string;
  /** What is wrong and what to type instead, to be worded in the reader's language. */
  reason: Phrase<TeamReasonKey>;
}

/** What a team error is worded from: the engine's refusals and the CSV's own problems. */
export type TeamReasonKey = MessageKey | 'unclosedQuote' | 'duplicateColumn';

export interface TeamResult {
  rows: TeamRow[];
  errors: TeamError[];
  /** Template columns not found in the header row (their cells count as empty). */
  missingColumns: string[];
  /** Header cells that match no column of the sheet (ignored). */
  unknownColumns: string[];
  /** The engine's word on the sheet's weights when they do not total 100 (empty when they do). */
  weightNotes: Phrase<WeightStepKey>[];
}

export interface GradeTeamOptions {
  /** Rescale the sheet's weights to total 100 (only when the person asks). */
  normalizeWeights?: boolean;
}

/** A header as compared: NFKC (full-width brackets and ％ fold), no white space. */
const key = (h: string) => h.normalize('NFKC').replace(/\s+/g, '');
/** The same without a trailing bracketed unit: 销售目标达成率计划(万元) → 销售目标达成率计划. */
const bare = (k: string) => k.replace(/\([^()]*\)$/, '');

/** Finds each header's column: exactly, or without its unit when that is unambiguous. */
export function matcher(
  columns: readonly TeamColumn[],
): (header: string) => TeamColumn | undefined {
  const exact = new Map(columns.map((c) => [key(c.header), c]));
  const loose = new Map<string, TeamColumn | null>();
  for (const c of columns) {
    const b = bare(key(c.header));
    loose.set(b, loose.has(b) ? null : c);
  }
  return (header) => {
    const k = key(header);
    return exact.get(k) ?? loose.get(bare(k)) ?? undefined;
  };
}

/**
 * Grades every person in a team CSV by one scorecard, with the scoring
 * engine. The first non-empty record is the header; columns are found by
 * their header text (trimmed, NFKC, white space ignored; the unit in
 * brackets may be left out). Empty lines are skipped. A refused or empty cell
 * becomes an error naming the line, the column and the reason, and that
 * person's result says so; everyone else is still graded. Columns missing
 * from the header are listed once, not per person.
 */
export function gradeTeam(
  card: Scorecard,
  csvText: string,
  options: GradeTeamOptions = {},
): TeamResult {
  const parsed = parseCsvRecords(csvText);
  const out = gradeTeamRecords(card, parsed.records, options);
  if (parsed.unclosedQuoteLine !== undefined)
    out.errors.unshift({
      line: parsed.unclosedQuoteLine,
      column: '',
      value: '',
      reason: phrase('unclosedQuote', { line: parsed.unclosedQuoteLine }),
    });
  return out;
}

/** One record of a team table: its cells as text, and the line (CSV) or row (sheet) it is on. */
export interface TeamRecord {
  line: number;
  cells: string[];
}

/**
 * Grades records already split into cells (from CSV or from an .xlsx sheet),
 * as gradeTeam does: the first non-empty record is the header, empty ones
 * are skipped.
 */
export function gradeTeamRecords(
  card: Scorecard,
  allRecords: readonly TeamRecord[],
  options: GradeTeamOptions = {},
): TeamResult {
  const blank = (cells: string[]) => cells.every((c) => c.trim() === '');
  const records = allRecords.filter((r) => !blank(r.cells));
  const out: TeamResult = {
    rows: [],
    errors: [],
    missingColumns: [],
    unknownColumns: [],
    weightNotes: [],
  };
  const normalizeWeights = options.normalizeWeights === true;
  const sheet = gradeScorecard(card, { indicators: {} }, { normalizeWeights });
  if (sheet.status === 'invalid-weights')
    out.weightNotes = weightsSteps(sheet.weights, normalizeWeights);
  const header = records[0];
  if (!header) return out;

  const columns = templateColumns(card);
  const find = matcher(columns);
  /** Where each column is, and the header as written there. */
  const at = new Map<TeamColumn, { index: number; header: string }>();
  header.cells.forEach((raw, index) => {
    const text = raw.trim();
    if (text === '') return;
    const col = find(text);
    if (!col) out.unknownColumns.push(text);
    else if (at.has(col))
      out.errors.push({
        line: header.line,
        column: text,
        value: '',
        reason: phrase('duplicateColumn'),
      });
    else at.set(col, { index, header: text });
  });
  out.missingColumns = columns.filter((c) => !at.has(c)).map((c) => c.header);

  for (const record of records.slice(1)) {
    const cell = (col: TeamColumn): string | undefined => {
      const pos = at.get(col);
      return pos ? (record.cells[pos.index] ?? '') : undefined;
    };
    const inputs: ScorecardInputs & { deductions: Record<string, Raw> } = {
      indicators: {},
      deductions: {},
    };
    let name = '';
    for (const col of columns) {
      const v = cell(col);
      if (col.kind === 'name') name = (v ?? '').trim();
      else if (col.kind === 'deduction') inputs.deductions[col.id] = v;
      else (inputs.indicators[col.id] ??= {})[col.field] = v;
    }
    const result = gradeScorecard(card, inputs, { normalizeWeights });
    out.rows.push({ line: record.line, name, result });

    const report = (
      col: TeamColumn | undefined,
      code: ErrorCode,
      range?: { min: number; max: number },
    ) => {
      const pos = col && at.get(col);
      if (!col || !pos) return; // a missing column is reported once, in missingColumns
      out.errors.push({
        line: record.line,
        column: pos.header,
        value: cell(col) ?? '',
        reason: errorPhrase(code, range),
      });
    };
    result.indicators.forEach((r) => {
      for (const field of ['plan', 'actual', 'value'] as const satisfies readonly Field[]) {
        const code = r.fieldErrors[field];
        if (code)
          report(
            columns.find((c) => c.kind === 'indicator' && c.id === r.id && c.field === field),
            code,
          );
      }
    });
    result.deductions.forEach((r, i) => {
      const d = card.deductions[i]!;
      if (r.error)
        report(
          columns.find((c) => c.kind === 'deduction' && c.id === r.id),
          r.error,
          r.error === 'out-of-range' ? { min: 0, max: d.maxCount } : undefined,
        );
    });
  }
  return out;
}

/** The heading of a deduction's column: 扣分, or 扣分:<label> when the sheet has several. */
export function deductionHeader(
  card: Scorecard,
  label: string,
  w: Pick<TeamWords, 'deduction' | 'deductionOf'>,
): string {
  return card.deductions.length > 1 ? fill(w.deductionOf, { label }) : w.deduction;
}

/**
 * A row's 说明 cell in the downloads, in the page's words: its errors (「column」reason),
 * or else why it has no total, or nothing.
 */
export function rowNote(
  errors: readonly TeamError[],
  row: TeamRow,
  w: Pick<TeamWords, 'reasons' | 'noteCell' | 'totalErrors' | 'totalWeights' | 'totalMissing'>,
): string {
  const errs = errors
    .filter((e) => e.line === row.line)
    .map((e) => {
      const reason = say(w.reasons, e.reason);
      return e.column ? fill(w.noteCell, { column: e.column, reason }) : reason;
    });
  if (errs.length) return errs.join(' ');
  return row.result.total === undefined ? totalText(w, row.result, false, formatNumber) : '';
}
