// The team grader's public API (CSV itself is src/lib/csv.ts): the template, grading a team
// with the scoring engine, and an advisory forced distribution. Pure
// TypeScript: no DOM, UI framework or Astro.
export { NAME_HEADER, templateColumns, templateHeaders, type TeamColumn } from './template.ts';
export {
  deductionHeader,
  rowNote,
  gradeTeam,
  gradeTeamRecords,
  type GradeTeamOptions,
  type TeamError,
  type TeamReasonKey,
  type TeamRecord,
  type TeamResult,
  type TeamRow,
} from './grade-team.ts';
export {
  DEFAULT_SHARES,
  SMALL_GROUP,
  checkBandShares,
  forcedDistribution,
  sharesProblem,
  type BandSharesError,
  type Distribution,
} from './distribution.ts';
export { teamErrorText, teamSummary, type MessageWords } from './messages.ts';
export { gradeText, totalText, type TeamWords } from './words.ts';
export * from './stats.ts';
export * from './calibration.ts';
// The .xlsx sheets are src/lib/team-xlsx/, loaded only when an .xlsx is used, and the CSV
// files the grader writes are team-csv.ts, loaded only for a download: neither is here.
