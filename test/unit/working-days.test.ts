// Real working days: the holiday data against facts stated in the State
// Council notices, against the chinese-days package as a second transcription,
// and the target breakdown counting them (or falling back, saying so).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  breakdownTarget,
  utcDate,
  workingDays,
  workingDaysPerMonth,
} from '../../src/lib/targets/index.ts';
import { CN_HOLIDAY_YEARS } from '../../src/lib/targets/holidays/index.ts';
import {
  citation,
  holidayYear,
  noDataMessage,
  officialYears,
  workingCalendar,
} from '../../src/lib/targets/working-calendar.ts';
import { targets as zh } from '../../src/i18n/targets/zh.ts';

const official = (year: number) =>
  new Set(workingCalendar(year, 'official').days.map((d) => d.date));

describe('2025, 国办发明电〔2024〕12号', () => {
  const days = official(2025);
  it('春节: 1月28日至2月4日放假调休; 1月26日(周日)、2月8日(周六)上班', () => {
    for (const d of [
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
      '2025-02-03',
      '2025-02-04',
    ])
      expect(days.has(d)).toBe(false);
    expect(days.has('2025-01-26')).toBe(true);
    expect(days.has('2025-02-08')).toBe(true);
    expect(days.has('2025-01-27')).toBe(true); // the Monday before 除夕 is an ordinary working day
  });
  it('国庆节、中秋节: 10月1日至8日放假调休; 9月28日(周日)、10月11日(周六)上班', () => {
    for (let d = 1; d <= 8; d++) expect(days.has(`2025-10-0${d}`)).toBe(false);
    expect(days.has('2025-09-28')).toBe(true);
    expect(days.has('2025-10-11')).toBe(true);
    expect(days.has('2025-10-09')).toBe(true);
  });
  it('元旦 1月1日 only, 劳动节 5月1日至5日 with 4月27日(周日)上班, 端午 to 6月2日', () => {
    expect(days.has('2025-01-01')).toBe(false);
    expect(days.has('2025-01-02')).toBe(true);
    expect(days.has('2025-04-27')).toBe(true);
    expect(days.has('2025-05-05')).toBe(false);
    expect(days.has('2025-06-02')).toBe(false);
  });
  it('has 248 working days: 365 − 104 weekend days − 13 days of public holiday', () => {
    expect(days.size).toBe(248);
    expect(workingDays(2025)).toHaveLength(261);
  });
  it('cites the notice', () => {
    expect(citation(holidayYear(2025)!.source, zh)).toBe(
      '《国务院办公厅关于2025年部分节假日安排的通知》(国办发明电〔2024〕12号,2024年11月12日)',
    );
  });
});

describe('2024, 国办发明电〔2023〕7号, and 2026', () => {
  it('2024: 春节 2月10日至17日, 2月4日、2月18日(星期日)上班; 251 working days', () => {
    const days = official(2024);
    expect(days.has('2024-02-16')).toBe(false);
    expect(days.has('2024-02-04')).toBe(true);
    expect(days.has('2024-02-18')).toBe(true);
    expect(days.has('2024-09-14')).toBe(true);
    expect(days.size).toBe(251); // 366 − 104 − 11
  });
  it('2026: 春节 2月15日至23日, 2月14日、2月28日(周六)上班; 国庆 9月20日、10月10日上班; 248 working days', () => {
    const days = official(2026);
    expect(days.has('2026-02-23')).toBe(false);
    expect(days.has('2026-02-14')).toBe(true);
    expect(days.has('2026-02-28')).toBe(true);
    expect(days.has('2026-09-20')).toBe(true);
    expect(days.has('2026-10-10')).toBe(true);
    expect(days.has('2026-10-08')).toBe(true);
    expect(days.size).toBe(248); // 365 − 104 − 13
  });
});

describe('the data itself', () => {
  it('every year: each holiday inside the year and in order, each 调休 day a Saturday or Sunday outside every holiday', () => {
    for (const y of CN_HOLIDAY_YEARS) {
      let prev = '';
      for (const h of y.holidays) {
        expect(h.from.startsWith(`${y.year}-`) && h.to.startsWith(`${y.year}-`)).toBe(true);
        expect(h.from <= h.to && prev < h.from).toBe(true);
        prev = h.to;
      }
      for (const w of y.workdays) {
        const [yy, mm, dd] = w.split('-').map(Number);
        expect([0, 6]).toContain(utcDate(yy!, mm!, dd!).getUTCDay());
        expect(y.holidays.some((h) => h.from <= w && w <= h.to)).toBe(false);
      }
      expect(y.source.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`);
    }
  });

  it.each(CN_HOLIDAY_YEARS.map((y) => y.year))(
    '%i agrees day by day with the chinese-days package (an independent transcription)',
    (year) => {
      const other = JSON.parse(
        readFileSync(`node_modules/chinese-days/dist/years/${year}.json`, 'utf8'),
      ) as {
        holidays: Record<string, string>;
        workdays: Record<string, string>;
      };
      const theirs: string[] = [];
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const d = new Date(t);
        const k = d.toISOString().slice(0, 10);
        const weekday = d.getUTCDay() !== 0 && d.getUTCDay() !== 6;
        if (k in other.workdays || (weekday && !(k in other.holidays))) theirs.push(k);
      }
      expect([...official(year)]).toEqual(theirs);
    },
  );
});

describe('choosing the rule, and a year without data', () => {
  it('weekdays only ignores the holidays', () => {
    const c = workingCalendar(2025, 'weekdays');
    expect(c).toMatchObject({ used: 'weekdays', requested: 'weekdays' });
    expect(c.source).toBeUndefined();
    expect(c.days).toEqual(workingDays(2025));
  });

  it('a year with no notice says so and uses Monday–Friday', () => {
    const year = Math.max(...officialYears()) + 1;
    const c = workingCalendar(year, 'official');
    expect(c).toMatchObject({ requested: 'official', used: 'weekdays' });
    expect(c.source).toBeUndefined();
    const message = noDataMessage(year, zh);
    expect(message).toContain(`${year} 年的法定节假日安排还没有收录`);
    expect(message).toContain(`已收录:${officialYears().join('、')} 年`);
    expect(message).toContain('已按周一至周五计算工作日');
    expect(c.days).toEqual(workingDays(year));
    expect(workingCalendar(2023, 'official')).toMatchObject({ used: 'weekdays' });
  });

  it('the breakdown counts real working days when asked, and still adds up', () => {
    const b = breakdownTarget({
      annual: 1_000_000,
      year: 2025,
      monthMode: 'working-days',
      dayRule: 'official',
    });
    expect(b.calendar).toMatchObject({
      used: 'official',
      source: { docNo: '国办发明电〔2024〕12号' },
    });
    expect(b.days).toHaveLength(248);
    expect(b.days.find((d) => d.date === '2025-01-26')?.weekday).toBe(7);
    expect(b.days.some((d) => d.date === '2025-10-01')).toBe(false);
    expect(b.totals.days).toBe(1_000_000);
    expect(b.totals.weeks).toBe(1_000_000);
    // February 2025: its weekdays, less 3 and 4 February (春节), plus Saturday 8 February (上班)
    const feb = b.months[1]!;
    expect(feb.workingDays).toBe(workingDaysPerMonth(2025)[1]! - 2 + 1);
  });

  it('the default stays Monday–Friday, so existing links and plans do not change', () => {
    const b = breakdownTarget({ annual: 100, year: 2025, monthMode: 'working-days' });
    expect(b.calendar).toEqual({ year: 2025, requested: 'weekdays', used: 'weekdays' });
    expect(b.days).toHaveLength(261);
  });

  it('an official year without data falls back inside the breakdown too, saying so', () => {
    const b = breakdownTarget({ annual: 100, year: 2030, monthMode: 'equal', dayRule: 'official' });
    expect(b.calendar).toEqual({ year: 2030, requested: 'official', used: 'weekdays' });
    expect(b.days).toHaveLength(workingDays(2030).length);
  });
});
