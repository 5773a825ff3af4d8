// Numbers as people type them and as a spreadsheet shows them, used by the
// scoring engine, the team grader and the target breakdown. Pure TypeScript.
export { plainDecimal, round2 } from './round.ts';
export { MAX_MAGNITUDE, parseNumber, type ParseError, type Parsed } from './parse.ts';
export { formatNumber, formatPlain } from './format.ts';
export { centsText, exactHundredths, fromCents, hundredths, toCents } from './hundredths.ts';
export { splitByLargestRemainder } from './largest-remainder.ts';
