import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  breakdownTarget,
  checkForm,
  dailyCsv,
  decodeForm,
  defaultForm,
  encodeForm,
  formErrorText,
  pendingMessage,
  shareSumMessage,
  isoWeekOf,
  rawParam,
  utcDate,
  withRawParam,
  workingDays,
  workingDaysPerMonth,
  type Breakdown,
  type TargetForm,
  type FieldKey,
} from '../../src/lib/targets/index.ts';
import { targets as zh } from '../../src/i18n/targets/zh.ts';

const cents = (yuan: number) => Math.round(yuan * 100);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Every level adds back to the annual figure, in integer cents, both from the cents and from the 元 amounts. */
function expectExact(b: Breakdown, annualCents: number) {
  for (const rows of [b.quarters, b.months, b.weeks, b.days]) {
    expect(sum(rows.map((r) => r.cents))).toBe(annualCents);
    expect(sum(rows.map((r) => cents(r.amount)))).toBe(annualCents);
    for (const r of rows) {
      expect(Number.isInteger(r.cents)).toBe(true);
      expect(r.cents).toBeGreaterThanOrEqual(0);
      expect(cents(r.amount)).toBe(r.cents);
    }
  }
  expect(Object.values(b.totalCents)).toEqual([
    annualCents,
    annualCents,
    annualCents,
    annualCents,
    annualCents,
  ]);
  for (const m of b.months)
    expect(m.cents).toBe(sum(b.days.filter((d) => d.month === m.month).map((d) => d.cents)));
  for (const q of b.quarters)
    expect(q.cents).toBe(sum(b.months.filter((m) => m.quarter === q.quarter).map((m) => m.cents)));
}

describe('calendar (UTC, Mon–Fri)', () => {
  it.each([
    [2026, 261, [22, 20, 22, 22, 21, 22, 23, 21, 22, 22, 21, 23]],
    [2024, 262, [23, 21, 21, 22, 23, 20, 23, 22, 21, 23, 21, 22]],
    [2027, 261, [21, 20, 23, 22, 21, 22, 22, 22, 22, 21, 22, 23]],
  ])('%i has %i working days', (year, total, perMonth) => {
    expect(workingDays(year)).toHaveLength(total);
    expect(workingDaysPerMonth(year)).toEqual(perMonth);
  });

  it.each([
    [[2026, 1, 1], 2026, 1],
    [[2025, 12, 29], 2026, 1],
    [[2026, 12, 31], 2026, 53],
    [[2027, 1, 1], 2026, 53],
    [[2021, 1, 3], 2020, 53],
    [[2024, 12, 30], 2025, 1],
    [[2026, 6, 15], 2026, 25],
  ] as const)('ISO week of %j is %i-W%i', ([y, m, d], isoYear, isoWeek) => {
    expect(isoWeekOf(utcDate(y, m, d))).toEqual({ isoYear, isoWeek });
  });

  it('lists days in order with their month, quarter and weekday', () => {
    const days = workingDays(2026);
    expect(days[0]).toEqual({
      date: '2026-01-01',
      month: 1,
      quarter: 1,
      weekday: 4,
      isoYear: 2026,
      isoWeek: 1,
    });
    expect(days.at(-1)).toEqual({
      date: '2026-12-31',
      month: 12,
      quarter: 4,
      weekday: 4,
      isoYear: 2026,
      isoWeek: 53,
    });
    expect(days.every((d) => d.weekday >= 1 && d.weekday <= 5)).toBe(true);
  });
});

describe('breakdownTarget: worked examples', () => {
  it('1,200,000 元 in 2026, equal shares: 300,000.00 a quarter; every level adds back', () => {
    const b = breakdownTarget({
      annual: 1_200_000,
      year: 2026,
      quarterShares: 'equal',
      monthMode: 'working-days',
    });
    expect(b.quarters.map((q) => q.amount)).toEqual([300_000, 300_000, 300_000, 300_000]);
    expect(b.quarters.map((q) => q.workingDays)).toEqual([64, 65, 66, 66]);
    // Q1: 22, 20, 22 working days of 64 → 103,125.00 / 93,750.00 / 103,125.00
    expect(b.months.slice(0, 3).map((m) => m.amount)).toEqual([103_125, 93_750, 103_125]);
    expect(b.weeks).toHaveLength(53);
    expect(b.weeks[0]).toMatchObject({
      label: '2026-W01',
      start: '2026-01-01',
      end: '2026-01-02',
      workingDays: 2,
    });
    expect(b.days).toHaveLength(261);
    expect(b.totals).toEqual({
      annual: 1_200_000,
      quarters: 1_200_000,
      months: 1_200_000,
      weeks: 1_200_000,
      days: 1_200_000,
    });
    expectExact(b, 120_000_000);
  });

  it('splits months equally when asked, and by custom shares', () => {
    const b = breakdownTarget({
      annual: 1_000_000,
      year: 2026,
      quarterShares: [10, 20, 30, 40],
      monthMode: 'equal',
    });
    expect(b.quarters.map((q) => q.amount)).toEqual([100_000, 200_000, 300_000, 400_000]);
    expect(b.months.slice(0, 3).map((m) => m.amount)).toEqual([33_333.34, 33_333.33, 33_333.33]);
    expectExact(b, 100_000_000);
  });

  it('keeps odd cents exact: 0.01 元 and 1,000,000.07 元 with 33.33/33.33/33.34/0', () => {
    const tiny = breakdownTarget({ annual: 0.01, year: 2026, monthMode: 'working-days' });
    expect(tiny.quarters.map((q) => q.cents)).toEqual([1, 0, 0, 0]);
    expectExact(tiny, 1);
    const odd = breakdownTarget({
      annual: 1_000_000.07,
      year: 2025,
      quarterShares: [33.33, 33.33, 33.34, 0],
      monthMode: 'working-days',
    });
    expect(odd.quarters[3]!.cents).toBe(0);
    expectExact(odd, 100_000_007);
  });

  it('counts a week across a year boundary only with the chosen year’s days (2025-W01 … 2026-W01)', () => {
    const b = breakdownTarget({ annual: 261_000, year: 2025, monthMode: 'equal' });
    expect(b.weeks.at(-1)).toMatchObject({
      label: '2026-W01',
      start: '2025-12-29',
      end: '2025-12-31',
      workingDays: 3,
    });
    expectExact(b, 26_100_000);
  });

  it('refuses shares that do not total 100 and amounts out of range', () => {
    expect(() =>
      breakdownTarget({
        annual: 1,
        year: 2026,
        quarterShares: [25, 25, 25, 24],
        monthMode: 'equal',
      }),
    ).toThrow(/99%/);
    expect(() => breakdownTarget({ annual: -1, year: 2026, monthMode: 'equal' })).toThrow(
      RangeError,
    );
    expect(() =>
      breakdownTarget({
        annual: 1,
        year: 2026,
        quarterShares: [25.001, 24.999, 25, 25],
        monthMode: 'equal',
      }),
    ).toThrow(RangeError);
  });

  it('writes the daily plan as CSV with a header and a total row (the download adds the BOM)', () => {
    const csv = dailyCsv(
      breakdownTarget({ annual: 1_200_000, year: 2026, monthMode: 'working-days' }),
      zh,
    );
    const lines = csv.split('\r\n');
    expect(csv.startsWith('日期,星期,ISO周,月份,季度,目标(元)\r\n')).toBe(true);
    expect(lines[1]).toBe('2026-01-01,周四,2026-W01,1月,Q1,4687.50');
    expect(lines.at(-2)).toBe('合计,,,,,1200000.00');
    expect(lines).toHaveLength(261 + 3);
  });
});

describe('breakdownTarget: properties', () => {
  const annualCents = fc.integer({ min: 0, max: 1e12 });
  /** Four shares in hundredths of a percent that total exactly 100%. */
  const shares = fc
    .tuple(
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
      fc.integer({ min: 0, max: 10_000 }),
    )
    .map(([a, b, c]) => {
      const [x, y, z] = [a, b, c].sort((p, q) => p - q) as [number, number, number];
      return [x, y - x, z - y, 10_000 - z].map((h) => h / 100);
    });

  it('every level sums exactly to the annual target, nothing negative', () => {
    fc.assert(
      fc.property(
        annualCents,
        shares,
        fc.integer({ min: 1900, max: 2100 }),
        fc.constantFrom('working-days' as const, 'equal' as const),
        (c, s, year, monthMode) => {
          const annual = c / 100;
          const b = breakdownTarget({ annual, year, quarterShares: s, monthMode });
          expectExact(b, c);
          expect(b.totals.days).toBe(annual);
        },
      ),
      { numRuns: 150 },
    );
    // 150 whole-year breakdowns take about 3 s on an idle core: more than vitest's 5 s default
    // when the machine is busy.
  }, 30_000);
});

describe('the form and its URL state', () => {
  const form = (over: Partial<TargetForm>): TargetForm => ({ ...defaultForm(2026), ...over });
  /** A field's message in Chinese, as the widget shows it. */
  const error = (f: TargetForm, k: FieldKey) => {
    const e = checkForm(f).errors[k];
    return e && formErrorText(zh.errors, e);
  };

  it('reads full-width digits and commas, and says what is wrong otherwise', () => {
    expect(checkForm(form({ annual: '１，２００，０００' })).input).toEqual({
      annual: 1_200_000,
      year: 2026,
      quarterShares: 'equal',
      monthMode: 'working-days',
      dayRule: 'official',
    });
    expect(error(form({ annual: 'abc' }), 'annual')).toMatch(/不是一个金额.*请输入数字/);
    expect(error(form({ annual: '-5' }), 'annual')).toMatch(/负数/);
    expect(error(form({ annual: '1.005' }), 'annual')).toMatch(/两位小数/);
    expect(error(form({ annual: '20000000000' }), 'annual')).toMatch(/太大/);
    expect(error(form({ annual: '1', year: '20２6.5' }), 'year')).toMatch(
      /年份须是 1900 到 2100 之间的整数/,
    );
    expect(checkForm(form({ annual: '' })).input).toBeUndefined();
  });

  it('shows the custom shares’ total and what is missing', () => {
    const c = checkForm(
      form({ annual: '100', shareMode: 'custom', shares: ['30', '30', '20', '15%'] }),
    );
    expect(c.shareSum).toEqual({ total: 95, missing: 5 });
    expect(c.input).toBeUndefined();
    expect(shareSumMessage(c, zh)).toBe('合计 95%,还差 5%。请调整各季度占比,使合计为 100%。');
    expect(pendingMessage(form({ shareMode: 'custom' }), c, zh)).toMatch(/须为 100%,现在是 95%/);
    expect(
      shareSumMessage(
        checkForm(form({ shareMode: 'custom', shares: ['50', '50', '10', '0.5'] })),
        zh,
      ),
    ).toMatch(/合计 110\.5%,超出 10\.5%/);
    expect(
      error(
        form({ annual: '100', shareMode: 'custom', shares: ['30', 'x', '20', '20'] }),
        'share1',
      ),
    ).toMatch(/百分数/);
    expect(
      checkForm(
        form({ annual: '100', shareMode: 'custom', shares: ['33.33', '33.33', '33.34', '0'] }),
      ).input?.quarterShares,
    ).toEqual([33.33, 33.33, 33.34, 0]);
  });

  it('round-trips any typed text through the URL, and refuses anything malformed', () => {
    const text = fc.string({ maxLength: 20, unit: 'grapheme' });
    fc.assert(
      fc.property(
        text,
        text,
        fc.tuple(text, text, text, text),
        fc.boolean(),
        fc.boolean(),
        fc.boolean(),
        (annual, year, shares, custom, eq, official) => {
          const f: TargetForm = {
            annual,
            year,
            shares,
            shareMode: custom ? 'custom' : 'equal',
            monthMode: eq ? 'equal' : 'working-days',
            dayRule: official ? 'official' : 'weekdays',
          };
          const encoded = encodeForm(f);
          const back = decodeForm(rawParam(withRawParam('?x=1', 't', encoded), 't'));
          expect(back).toEqual(custom ? f : { ...f, shares: ['25', '25', '25', '25'] });
        },
      ),
    );
    expect(encodeForm(form({ annual: '1200000' }))).toBe('1.1200000.2026.e.w.o');
    expect(decodeForm('1.1200000.2026.e.w')?.dayRule).toBe('weekdays');
    expect(decodeForm('1.1200000.2026.e.w.o')?.dayRule).toBe('official');
    for (const bad of [
      '',
      '2.1.2026.e.w',
      '1.1.2026.e',
      '1.%E0%A4%A.2026.e.w',
      '1.1.2026.a_b.w',
      '1.1.2026.e.x',
      '1.1.2026.e.w.x',
      '1.1.2026.e.w.o.o',
    ])
      expect(decodeForm(bad)).toBeUndefined();
    expect(withRawParam('?t=1&a=2', 't', null)).toBe('?a=2');
  });
});
