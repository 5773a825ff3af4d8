// Real working days in mainland China: Monday–Friday, less the public holidays,
// plus the weekend days worked in exchange (调休), for the years whose State
// Council notice is transcribed in ./holidays/. Other years fall back to
// Monday–Friday and say so; no year is guessed.
import {
  isoDate,
  isWorkingDay,
  workingDays,
  type CalendarDay,
  type WorkingDayTest,
} from './calendar.ts';
import { CN_HOLIDAY_YEARS, type HolidaySource, type HolidayYear } from './holidays/index.ts';
import { fill } from '../phrase/index.ts';

/** 'official': the notice's holidays and 调休; 'weekdays': Monday–Friday only. */
export type DayRule = 'official' | 'weekdays';

export interface WorkingCalendar {
  year: number;
  /** What was asked for. */
  requested: DayRule;
  /** What was used: 'weekdays' when asked, or when the year has no notice. */
  used: DayRule;
  days: CalendarDay[];
  /**
   * The notice the days come from (only when `used` is 'official'). Asked for
   * 'official' and used 'weekdays': the year has no notice, which noDataMessage says.
   */
  source?: HolidaySource;
}

const DAY_MS = 86_400_000;

/** The years with a notice, ascending. */
export const officialYears = (): number[] =>
  CN_HOLIDAY_YEARS.map((y) => y.year).sort((a, b) => a - b);

export function holidayYear(year: number): HolidayYear | undefined {
  return CN_HOLIDAY_YEARS.find((y) => y.year === year);
}

/** Every day from `from` to `to` (YYYY-MM-DD, both included). */
function datesBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (
    let t = Date.parse(`${from}T00:00:00Z`), end = Date.parse(`${to}T00:00:00Z`);
    t <= end;
    t += DAY_MS
  )
    out.push(isoDate(new Date(t)));
  return out;
}

/** The official working-day test of a year with a notice. */
export function officialTest(data: HolidayYear): WorkingDayTest {
  const off = new Set(data.holidays.flatMap((h) => datesBetween(h.from, h.to)));
  const on = new Set(data.workdays);
  return (d) => {
    const k = isoDate(d);
    return on.has(k) || (!off.has(k) && isWorkingDay(d));
  };
}

/** What to say of a year without a notice, in the page's words: which years have one. */
export const noDataMessage = (year: number, t: { noData: string; yearSep: string }): string =>
  fill(t.noData, { year, years: officialYears().join(t.yearSep) });

/** The working days of a year by the rule chosen, with where they come from. */
export function workingCalendar(year: number, rule: DayRule = 'official'): WorkingCalendar {
  const data = rule === 'official' ? holidayYear(year) : undefined;
  if (data)
    return {
      year,
      requested: rule,
      used: 'official',
      days: workingDays(year, officialTest(data)),
      source: data.source,
    };
  return { year, requested: rule, used: 'weekdays', days: workingDays(year) };
}

/** A notice as a citation in the page's words: 《title》(docNo,date). */
export function citation(
  s: HolidaySource,
  t: { citation: string; citationNo: string; date: string; months: readonly string[] },
): string {
  const [y, m, d] = s.date.split('-').map(Number) as [number, number, number];
  const date = fill(t.date, { y, m, d, mon: t.months[m - 1] ?? '' });
  const no = s.docNo ? fill(t.citationNo, { no: s.docNo }) : '';
  return fill(t.citation, { title: s.title, no, date });
}
