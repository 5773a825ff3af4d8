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

/** 'official': the notice's holidays and 调休; 'weekdays': Monday–Friday only. */
export type DayRule = 'official' | 'weekdays';

export interface WorkingCalendar {
  year: number;
  /** What was asked for. */
  requested: DayRule;
  /** What was used: 'weekdays' when asked, or when the year has no notice. */
  used: DayRule;
  days: CalendarDay[];
  /** The notice the days come from (only when `used` is 'official'). */
  source?: HolidaySource;
  /** Set when the official calendar was asked for but the year has no data: say so to the person. */
  message?: string;
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

export const noDataMessage = (year: number): string =>
  `${year} 年的法定节假日安排还没有收录(已收录:${officialYears().join('、')} 年),` +
  '已按周一至周五计算工作日,节假日和调休上班日未计入。';

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
  const out: WorkingCalendar = { year, requested: rule, used: 'weekdays', days: workingDays(year) };
  if (rule === 'official') out.message = noDataMessage(year);
  return out;
}

/** A notice as a citation: 《title》(docNo,date). */
export function citation(s: HolidaySource): string {
  const [y, m, d] = s.date.split('-').map(Number);
  const when = `${y}年${m}月${d}日`;
  return `《${s.title}》(${s.docNo ? `${s.docNo},` : ''}${when})`;
}
