// The five sheets of content/scorecards, parsed by the schema the site uses,
// and the rows of docs/scoring.md's worked examples, shared by the scoring tests.
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { gradeScorecard, type Raw, type ScorecardInputs } from '../../src/lib/scoring/index.ts';
import { plainScorecardSchema, type Scorecard } from '../../src/schemas/scorecard.ts';

export const cards: Record<string, Scorecard> = Object.fromEntries(
  readdirSync('content/scorecards')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [
      f.replace(/\.yaml$/, ''),
      plainScorecardSchema.parse(parse(readFileSync(`content/scorecards/${f}`, 'utf8'))),
    ]),
);
export const card = (id: string) => {
  const c = cards[id];
  if (!c) throw new Error(`no scorecard content/scorecards/${id}.yaml`);
  return c;
};
export const rep = card('customer-representative-annual');
export const director = card('business-director-annual');
export const sheet1 = card('account-specialist-monthly-a');
export const sheet2 = card('account-specialist-monthly-b');
export const sheet3 = card('account-specialist-monthly-c');

export type Row = { plan?: Raw; actual?: Raw; value?: Raw };
export const only = (c: Scorecard, id: string, row: Row) => {
  const r = gradeScorecard(c, { indicators: { [id]: row } }).indicators.find((i) => i.id === id);
  if (!r) throw new Error(`${id} is not an indicator of ${c.title}`);
  return r;
};

export const PASS: ScorecardInputs['indicators'] = {
  sales: { plan: 100, actual: 90 },
  satisfaction: { value: 80 },
  'new-customers': { plan: 10, actual: 9 },
  retention: { value: 95 },
  churn: { value: 5 },
  'cross-selling': { value: 10 },
};
export const EXCELLENT: ScorecardInputs['indicators'] = {
  sales: { plan: 100, actual: 110 },
  satisfaction: { value: 90 },
  'new-customers': { plan: 10, actual: 11 },
  retention: { value: 98 },
  churn: { value: 3 },
  'cross-selling': { value: 15 },
};
export const MIXED: ScorecardInputs['indicators'] = {
  sales: { plan: 1000, actual: 1050 },
  satisfaction: { value: 86 },
  'new-customers': { plan: 10, actual: 12 },
  retention: { value: 96 },
  churn: { value: 4 },
  'cross-selling': { value: 12 },
};
export const MIXED_AS_TYPED: ScorecardInputs['indicators'] = {
  sales: { plan: '１，０００', actual: '1,050' },
  satisfaction: { value: '８６％' },
  'new-customers': { plan: '10', actual: '12' },
  retention: { value: '96%' },
  churn: { value: '4' },
  'cross-selling': { value: ' 12 ' },
};
export const ratios = (
  r: Record<string, [Raw, Raw]>,
  values: Record<string, Raw>,
): ScorecardInputs['indicators'] => ({
  ...Object.fromEntries(Object.entries(r).map(([id, [plan, actual]]) => [id, { plan, actual }])),
  ...Object.fromEntries(Object.entries(values).map(([id, value]) => [id, { value }])),
});
