import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { plainScorecardSchema, type Scorecard } from '../../src/schemas/scorecard.ts';

/** A scorecard from content/scorecards, parsed by the same schema the site uses. */
export function loadScorecard(id: string): Scorecard {
  return plainScorecardSchema.parse(parse(readFileSync(`content/scorecards/${id}.yaml`, 'utf8')));
}
