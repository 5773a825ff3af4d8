// The working-day calendar of a year, in UTC only: a date is a calendar day,
// never a moment, so no time zone or daylight-saving change can move it.
// Working days are Monday to Friday unless the caller says otherwise: the
// official calendar with public holidays and 调休 is in working-calendar.ts.

const DAY_MS = 86_400_000;

export type Quarter = 1 | 2 | 3 | 4;

/** One working day of the year. */
export interface CalendarDay {
  /** YYYY-MM-DD */
  date: string;
  /** 1–12 */
  month: number;
  quarter: Quarter;
  /** 1 = Monday … 7 = Sunday (ISO numbering; 6 and 7 only on a 调休 working day). */
  weekday: number;
  /** The ISO week-numbering year, which differs from the calendar year around 1 January. */
  isoYear: number;
  /** ISO week number 1–53. */
  isoWeek: number;
}

export const MIN_YEAR = 1000;
export const MAX_YEAR = 9999;

export function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR;
}

/** A UTC date for a calendar day (month 1–12). Years 0–99 are not the 1900s here. */
export function utcDate(year: number, month: number, day: number): Date {
  const d = new Date(Date.UTC(2000, month - 1, day));
  d.setUTCFullYear(year, month - 1, day);
  return d;
}

export function isoDate(d: Date): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}`;
}

export function quarterOfMonth(month: number): Quarter {
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Date): number {
  return d.getUTCDay() === 0 ? 7 : d.getUTCDay();
}

export function isWorkingDay(d: Date): boolean {
  return isoWeekday(d) <= 5;
}

/**
 * ISO 8601 week of a date: weeks run Monday–Sunday and week 1 is the one
 * holding the year's first Thursday. The week belongs to the year of its
 * Thursday, so 2025-12-29 is in 2026-W01 and 2027-01-01 in 2026-W53.
 */
export function isoWeekOf(d: Date): { isoYear: number; isoWeek: number } {
  const thursday = new Date(d.getTime() + (4 - isoWeekday(d)) * DAY_MS);
  const isoYear = thursday.getUTCFullYear();
  const jan1 = utcDate(isoYear, 1, 1);
  const isoWeek = Math.floor((thursday.getTime() - jan1.getTime()) / DAY_MS / 7) + 1;
  return { isoYear, isoWeek };
}

/** "2026-W01" */
export function weekLabel(isoYear: number, isoWeek: number): string {
  return `${String(isoYear).padStart(4, '0')}-W${String(isoWeek).padStart(2, '0')}`;
}

export function daysInMonth(year: number, month: number): number {
  return utcDate(year, month + 1, 0).getUTCDate();
}

/** Which calendar days are working days: Monday–Friday by default. */
export type WorkingDayTest = (d: Date) => boolean;

/** Every working day of the year, in date order: Monday–Friday unless `isWorking` says so. */
export function workingDays(year: number, isWorking: WorkingDayTest = isWorkingDay): CalendarDay[] {
  if (!isValidYear(year))
    throw new RangeError(`year ${year} must be an integer from ${MIN_YEAR} to ${MAX_YEAR}`);
  const out: CalendarDay[] = [];
  for (let month = 1; month <= 12; month++) {
    for (let day = 1, n = daysInMonth(year, month); day <= n; day++) {
      const d = utcDate(year, month, day);
      if (!isWorking(d)) continue;
      out.push({
        date: isoDate(d),
        month,
        quarter: quarterOfMonth(month),
        weekday: isoWeekday(d),
        ...isoWeekOf(d),
      });
    }
  }
  return out;
}

/** How many working days (Mon–Fri by default) each month has: twelve counts, January first. */
export function workingDaysPerMonth(
  year: number,
  isWorking: WorkingDayTest = isWorkingDay,
): number[] {
  const counts = Array.from({ length: 12 }, () => 0);
  for (const d of workingDays(year, isWorking)) counts[d.month - 1]! += 1;
  return counts;
}
