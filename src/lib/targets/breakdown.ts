import { toCsv } from '../csv.ts';
import { centsText, exactHundredths, fromCents, toCents } from '../number/index.ts';
import { splitByLargestRemainder } from '../number/index.ts';
import { weekLabel, type CalendarDay, type Quarter } from './calendar.ts';
import { workingCalendar, type DayRule, type WorkingCalendar } from './working-calendar.ts';

export type MonthMode = 'working-days' | 'equal';

export interface BreakdownInput {
  /** The annual target in 元, ≥ 0, rounded to 2 decimals (分). */
  annual: number;
  year: number;
  /** Percent per quarter (each ≥ 0, at most 2 decimals, total exactly 100), or 'equal' (25 each). */
  quarterShares?: readonly number[] | 'equal';
  monthMode: MonthMode;
  /**
   * Which days are working days: Monday–Friday ('weekdays', the default), or
   * the official calendar with public holidays and 调休 ('official'), which
   * falls back to Monday–Friday, with a message, for a year without data.
   */
  dayRule?: DayRule;
}

/** Every amount is given twice: as integer cents (exact) and as 元 with 2 decimals (cents / 100). */
interface Amount {
  cents: number;
  amount: number;
}
export interface QuarterRow extends Amount {
  quarter: Quarter;
  share: number;
  workingDays: number;
}
export interface MonthRow extends Amount {
  month: number;
  quarter: Quarter;
  workingDays: number;
}
export interface WeekRow extends Amount {
  isoYear: number;
  isoWeek: number;
  /** "2026-W01" */
  label: string;
  /** First and last working day of the week that fall in the chosen year. */
  start: string;
  end: string;
  workingDays: number;
}
export interface DayRow extends CalendarDay, Amount {}

/** A level of the breakdown, from the year down to the day (not a grade level of scoring). */
export type BreakdownLevel = 'annual' | 'quarters' | 'months' | 'weeks' | 'days';

export interface Breakdown {
  year: number;
  monthMode: MonthMode;
  /** The calendar used: the rule asked for and used, the notice, or why it fell back. */
  calendar: Omit<WorkingCalendar, 'days'>;
  quarterShares: number[];
  quarters: QuarterRow[];
  months: MonthRow[];
  weeks: WeekRow[];
  days: DayRow[];
  /** The sum of each level in 元; every one equals `annual` by construction. */
  totals: Record<BreakdownLevel, number>;
  totalCents: Record<BreakdownLevel, number>;
}

export const MAX_ANNUAL = 1e10;
export const EQUAL_SHARES: readonly number[] = [25, 25, 25, 25];

function checkShares(shares: readonly number[]): number[] {
  if (shares.length !== 4) throw new RangeError('quarterShares must have 4 values');
  const h = shares.map((s) => {
    const v = exactHundredths(s);
    if (v === undefined || v < 0)
      throw new RangeError(`quarter share ${s} must be ≥ 0 with at most 2 decimals`);
    return v;
  });
  const sum = h.reduce((a, b) => a + b, 0);
  if (sum !== 10_000) throw new RangeError(`quarter shares total ${sum / 100}%, not 100%`);
  return [...shares];
}

const sumCents = (rows: readonly Amount[]) => rows.reduce((a, r) => a + r.cents, 0);
const amounted = (cents: number): Amount => ({ cents, amount: fromCents(cents) });

/**
 * Splits an annual target down to quarters, months, ISO weeks and working days
 * so that every level adds back exactly to the annual figure.
 *
 * All arithmetic is in integer cents with the largest-remainder method:
 * 1. the annual cents go to the four quarters by their shares;
 * 2. each quarter's cents go to its three months, in proportion to the
 *    months' working days (Mon–Fri, or the official calendar) or equally;
 * 3. each month's cents go equally to its working days.
 * Months therefore sum to their quarter and days to their month. Weeks are
 * not split from anything: a week is the sum of its working days, so a week
 * that straddles a month, quarter or year boundary simply collects the days
 * of both sides (each at its own month's rate) and the weeks add up to the
 * annual figure because the days do. Only days of the chosen year count, so
 * the first and last ISO weeks may be partial (and may carry the next or
 * previous ISO year's number).
 */
export function breakdownTarget(input: BreakdownInput): Breakdown {
  const { annual, year, monthMode } = input;
  if (!Number.isFinite(annual) || annual < 0 || annual > MAX_ANNUAL)
    throw new RangeError(`annual ${annual} must be from 0 to ${MAX_ANNUAL}`);
  const shares =
    input.quarterShares === undefined || input.quarterShares === 'equal'
      ? [...EQUAL_SHARES]
      : checkShares(input.quarterShares);
  const annualCents = toCents(annual);
  const { days: calendar, ...calendarInfo } = workingCalendar(year, input.dayRule ?? 'weekdays');
  const perMonth = Array.from({ length: 12 }, (_, m) => calendar.filter((d) => d.month === m + 1));

  const quarterCents = splitByLargestRemainder(annualCents, shares);
  const monthCents = quarterCents.flatMap((qc, q) => {
    const months = perMonth.slice(q * 3, q * 3 + 3);
    return splitByLargestRemainder(
      qc,
      monthMode === 'equal' ? [1, 1, 1] : months.map((m) => m.length),
    );
  });
  const days: DayRow[] = perMonth.flatMap((list, m) => {
    const split = splitByLargestRemainder(
      monthCents[m]!,
      list.map(() => 1),
    );
    return list.map((d, i) => ({ ...d, ...amounted(split[i]!) }));
  });

  const months: MonthRow[] = perMonth.map((list, m) => ({
    month: m + 1,
    quarter: (Math.floor(m / 3) + 1) as Quarter,
    workingDays: list.length,
    ...amounted(sumCents(days.filter((d) => d.month === m + 1))),
  }));
  const quarters: QuarterRow[] = shares.map((share, q) => {
    const inQ = months.filter((m) => m.quarter === q + 1);
    return {
      quarter: (q + 1) as Quarter,
      share,
      workingDays: inQ.reduce((a, m) => a + m.workingDays, 0),
      ...amounted(sumCents(inQ)),
    };
  });
  const weeks: WeekRow[] = [];
  for (const d of days) {
    const last = weeks.at(-1);
    if (last && last.isoYear === d.isoYear && last.isoWeek === d.isoWeek) {
      last.end = d.date;
      last.workingDays += 1;
      last.cents += d.cents;
      last.amount = fromCents(last.cents);
    } else {
      weeks.push({
        isoYear: d.isoYear,
        isoWeek: d.isoWeek,
        label: weekLabel(d.isoYear, d.isoWeek),
        start: d.date,
        end: d.date,
        workingDays: 1,
        ...amounted(d.cents),
      });
    }
  }

  const totalCents: Record<BreakdownLevel, number> = {
    annual: annualCents,
    quarters: sumCents(quarters),
    months: sumCents(months),
    weeks: sumCents(weeks),
    days: sumCents(days),
  };
  const totals = Object.fromEntries(
    Object.entries(totalCents).map(([k, c]) => [k, fromCents(c)]),
  ) as Record<BreakdownLevel, number>;
  return {
    year,
    monthMode,
    calendar: calendarInfo,
    quarterShares: shares,
    quarters,
    months,
    weeks,
    days,
    totals,
    totalCents,
  };
}

/** The words of the daily plan's CSV: its columns, the total row's label, weekday and month names. */
export interface CsvWords {
  csvHead: readonly string[];
  sum: string;
  /** Monday first. */
  weekdays: readonly string[];
  /** January first. */
  months: readonly string[];
}

/**
 * The daily plan as CSV for a spreadsheet (src/lib/csv.ts: CRLF line ends),
 * plain amounts without grouping, and a total row, headed in the page's words.
 * No byte-order mark: the download adds it.
 */
export function dailyCsv(b: Breakdown, t: CsvWords): string {
  const rows = [
    [...t.csvHead],
    ...b.days.map((d) => [
      d.date,
      t.weekdays[d.weekday - 1] ?? '',
      weekLabel(d.isoYear, d.isoWeek),
      t.months[d.month - 1] ?? '',
      `Q${d.quarter}`,
      centsText(d.cents),
    ]),
    [t.sum, '', '', '', '', centsText(b.totalCents.days)],
  ];
  return toCsv(rows);
}
