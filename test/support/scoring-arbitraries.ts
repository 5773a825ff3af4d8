// Generators of scoring inputs for the property tests: the real sheets, valid figures as
// people type them, and anything a field might receive.
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse } from 'yaml';
import { type ScorecardInputs } from '../../src/lib/scoring/index.ts';
import { plainScorecardSchema, type Scorecard } from '../../src/schemas/scorecard.ts';

export const cards: Scorecard[] = readdirSync('content/scorecards')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => plainScorecardSchema.parse(parse(readFileSync(`content/scorecards/${f}`, 'utf8'))));
export const anyCard = fc.constantFrom(...cards);

/** A figure as people type it: up to two decimals, as a string. */
export const typed = (min: number, max: number) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((c) => String(c / 100));
/** Valid inputs for a sheet: every field filled and in range. */
export const validInputs = (c: Scorecard): fc.Arbitrary<ScorecardInputs> =>
  fc.record({
    indicators: fc.record(
      Object.fromEntries(
        c.indicators.map((i) => [
          i.id,
          i.kind === 'ratio'
            ? fc.record({ plan: typed(0.01, 100000), actual: typed(0, 200000) })
            : fc.record({ value: typed(0, 100) }),
        ]),
      ),
    ),
    deductions: fc.record(
      Object.fromEntries(
        c.deductions.map((d) => [d.id, fc.integer({ min: 0, max: d.maxCount }).map(String)]),
      ),
    ),
  });
export const sheetWithValidInputs = anyCard.chain((c) => fc.tuple(fc.constant(c), validInputs(c)));

/** Anything a person, a pasted spreadsheet or a planted link might put in a field. */
export const anyRaw: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
  fc.double(), // includes NaN, ±Infinity, -0, MAX_VALUE, subnormals
  fc.integer(),
  fc.bigInt(),
  fc.constantFrom(
    null,
    undefined,
    true,
    {},
    [],
    '',
    ' ',
    '\u3000',
    '-0',
    '1e5',
    'NaN',
    'Infinity',
    '-',
    '.',
    '%',
    '％',
    '１２３',
    '1,2,3',
    '9'.repeat(400),
    '-5',
    '80%',
    '0x10',
    '5万',
    'constructor',
    '__proto__',
  ),
  fc.double({ min: -1e13, max: 1e13, noNaN: true }).map(String),
  typed(-1000, 1000),
);
export const anyInputs = (c: Scorecard) =>
  fc.record(
    {
      indicators: fc.record(
        Object.fromEntries(
          c.indicators.map((i) => [
            i.id,
            fc.record({ plan: anyRaw, actual: anyRaw, value: anyRaw }, { requiredKeys: [] }),
          ]),
        ),
      ),
      deductions: fc.record(Object.fromEntries(c.deductions.map((d) => [d.id, anyRaw])), {
        requiredKeys: [],
      }),
      weights: fc.record(Object.fromEntries(c.indicators.map((i) => [i.id, anyRaw])), {
        requiredKeys: [],
      }),
    },
    { requiredKeys: ['indicators'] },
  ) as fc.Arbitrary<ScorecardInputs>;
