// The team at a glance and calibration: examples on the real 客户代表 sheet,
// and fast-check properties for the arithmetic.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forcedDistribution, gradeTeam } from '../../src/lib/team/index.ts';
import { calibrationCsv, templateCsv } from '../../src/lib/team/team-csv.ts';
import { say } from '../../src/lib/phrase/index.ts';
import { zhTeam } from '../support/words.ts';
import {
  calibratedCounts,
  gradeDistribution,
  indicatorSpreads,
  moveBand,
  nearNextGrade,
  spread,
  startCalibration,
} from '../../src/lib/team/index.ts';
import { loadScorecard } from '../support/scorecards.ts';

const rep = loadScorecard('customer-representative-annual');
const header = templateCsv(rep).split('\r\n')[0];
const team = gradeTeam(
  rep,
  [
    header,
    '李雷,1000,"1,050",86,10,12,96,4,12,5',
    '韩梅梅,1000,1000,abc,10,10,96,4,12,0',
    '王五,1000,900,90,10,10,98,3,15,0',
    '赵六,1000,1200,95,10,15,99,1,20,0',
  ].join('\r\n'),
);
const results = team.rows.map((r) => r.result);
const labels = ['优秀', '合格', '待改进'];

describe('grade distribution', () => {
  it('counts every band of the sheet, with the ungraded apart', () => {
    const d = gradeDistribution(rep, results);
    expect(d.counts.map((c) => c.grade)).toEqual(rep.grades.map((g) => g.grade));
    expect(d.ungraded).toBe(1); // 韩梅梅's "abc"
    expect(d.counts.reduce((a, c) => a + c.count, 0) + d.ungraded).toBe(4);
    const li = d.counts.find((c) => c.grade === results[0]!.grade)!;
    expect(li.count).toBeGreaterThanOrEqual(1);
  });
});

describe('indicator spreads', () => {
  it('gives the population standard deviation, min and max of the points', () => {
    expect(spread([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({ n: 8, mean: 5, sd: 2, min: 2, max: 9 });
    expect(spread([])).toBeUndefined();
  });

  it("covers each indicator over the people who have it measured (客户满意度 leaves out 韩梅梅's abc)", () => {
    const s = indicatorSpreads(rep, results);
    expect(s.map((x) => x.id)).toEqual(rep.indicators.map((i) => i.id));
    const satisfaction = s.find((x) => x.label === '客户满意度')!;
    expect(satisfaction.value).toMatchObject({ n: 3, min: 86, max: 95 });
    expect(satisfaction.value!.mean).toBeCloseTo((86 + 90 + 95) / 3, 10);
  });

  it('property: the mean lies within min and max, sd ≥ 0 and ≤ the range', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        (xs) => {
          const s = spread(xs)!;
          expect(s.n).toBe(xs.length);
          expect(s.mean).toBeGreaterThanOrEqual(s.min);
          expect(s.mean).toBeLessThanOrEqual(s.max);
          expect(s.sd).toBeGreaterThanOrEqual(0);
          expect(s.sd).toBeLessThanOrEqual((s.max - s.min) * (1 + 1e-9) + 1e-9);
        },
      ),
    );
  });
});

describe('within 1 point of the next grade', () => {
  const minOf = (i: number) => rep.grades[i]!.min!;

  it('finds who is just below a band, and by how much', () => {
    const people = [
      { name: 'A', total: minOf(0) - 0.7 },
      { name: 'B', total: minOf(0) },
      { name: 'C', total: minOf(1) - 1 },
      { name: 'D', total: minOf(1) - 1.01 },
      { name: 'E', total: undefined },
    ];
    expect(nearNextGrade(rep, people)).toEqual([
      {
        person: 0,
        name: 'A',
        total: minOf(0) - 0.7,
        grade: rep.grades[1]!.grade,
        next: rep.grades[0]!.grade,
        short: 0.7,
      },
      {
        person: 2,
        name: 'C',
        total: minOf(1) - 1,
        grade: rep.grades[2]!.grade,
        next: rep.grades[1]!.grade,
        short: 1,
      },
    ]);
  });

  it('property: everyone listed is short by more than 0 and at most 1, and reaching it lifts the grade', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { maxLength: 40 }), (cs) => {
        const people = cs.map((c, i) => ({ name: `p${i}`, total: c / 100 }));
        for (const n of nearNextGrade(rep, people)) {
          expect(n.short).toBeGreaterThan(0);
          expect(n.short).toBeLessThanOrEqual(1);
          const lifted = Math.round((n.total + n.short) * 100) / 100;
          expect(rep.grades.find((g) => g.min === undefined || lifted >= g.min)!.grade).toBe(
            n.next,
          );
        }
      }),
    );
  });
});

describe('calibration', () => {
  const people = team.rows.map((r) => ({ name: r.name, total: r.result.total }));
  const start = startCalibration(
    forcedDistribution(
      people.map((p) => ({ name: p.name, total: p.total ?? 0 })),
      [20, 70, 10],
    ).bands,
  );

  it('refuses a move without a reason, next to the reason field, and changes nothing', () => {
    const r = moveBand(start, people, { person: 0, to: 2, reason: '  ' }, labels);
    expect(r).toEqual({ ok: false, field: 'reason', problem: { key: 'noReason' } });
    if (!r.ok) expect(say(zhTeam.moveProblems, r.problem)).toMatch(/^请填写调整理由/);
    expect(start.moves).toEqual([]);
  });

  it('refuses a move to the same band or to no band', () => {
    const same = moveBand(start, people, { person: 0, to: start.bands[0]!, reason: 'x' }, labels);
    expect(same.ok ? '' : say(zhTeam.moveProblems, same.problem)).toContain('已在');
    const none = moveBand(start, people, { person: 0, to: 3, reason: 'x' }, labels);
    expect(none.ok ? '' : none.field).toBe('to');
  });

  it('records each move: who, from, to, reason', () => {
    const to = (start.bands[1]! + 1) % 3;
    const r = moveBand(start, people, { person: 1, to, reason: ' 下半年负责新区域 ' }, labels);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.calibration.moves).toEqual([
      {
        person: 1,
        name: '韩梅梅',
        total: undefined,
        from: start.bands[1],
        to,
        reason: '下半年负责新区域',
      },
    ]);
    expect(r.calibration.bands[1]).toBe(to);
    const csv = calibrationCsv(r.calibration.moves, labels, zhTeam.trailHead).split('\r\n');
    expect(csv[0]).toBe('序号,姓名,总分,原分布,调整后,理由');
    expect(csv[1]).toBe(`1,韩梅梅,,${labels[start.bands[1]!]},${labels[to]},下半年负责新区域`);
  });

  it('the trail CSV escapes a reason that looks like a formula', () => {
    const to = (start.bands[0]! + 1) % 3;
    const r = moveBand(start, people, { person: 0, to, reason: '=HYPERLINK("x")' }, labels);
    if (!r.ok) throw new Error(r.problem.key);
    expect(calibrationCsv(r.calibration.moves, labels, zhTeam.trailHead)).not.toMatch(
      /,=HYPERLINK/,
    );
  });

  it('property: after any moves the counts still add up to the team, and the trail has one entry a move', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: fc.nat(3),
            to: fc.nat(2),
            reason: fc.constantFrom('', '业绩复核', '跨部门贡献'),
          }),
        ),
        (moves) => {
          let cal = start;
          let made = 0;
          for (const m of moves) {
            const r = moveBand(cal, people, m, labels);
            if (r.ok) {
              cal = r.calibration;
              made++;
            } else if (m.reason === '' && m.to !== cal.bands[m.person])
              expect(r.field).toBe('reason');
          }
          expect(cal.moves).toHaveLength(made);
          expect(calibratedCounts(cal, 3).reduce((a, b) => a + b, 0)).toBe(people.length);
          expect(cal.moves.every((m) => m.reason.trim() !== '' && m.from !== m.to)).toBe(true);
        },
      ),
    );
  });

  it('property: grade counts add up to the number of people', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...results)), (rs) => {
        const d = gradeDistribution(rep, rs);
        expect(d.counts.reduce((a, c) => a + c.count, 0) + d.ungraded).toBe(rs.length);
      }),
    );
  });
});
