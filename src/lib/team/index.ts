// The team grader's public API: CSV in and out, the template, grading a team
// with the scoring engine, and an advisory forced distribution. Pure
// TypeScript: no DOM, UI framework or Astro.
export { escapeFormula, parseCsv, parseCsvRecords, toCsv, type CsvRecord, type ParsedCsv, type ToCsvOptions } from './csv.ts';
export { NAME_HEADER, templateColumns, templateCsv, templateHeaders, type TeamColumn } from './template.ts';
export { deductionHeader, gradeTeam, gradeText, resultsCsv, totalText, type GradeTeamOptions, type TeamError, type TeamResult, type TeamRow } from './grade-team.ts';
export { DEFAULT_BANDS, SMALL_GROUP, forcedDistribution, largestRemainder, sharesProblem, type Distribution } from './distribution.ts';
