// The team grader's library: the template, grading a team
// through the real engine and the real 客户代表 sheet, and the advisory
// forced distribution.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/csv.ts';
import { splitByLargestRemainder } from '../../src/lib/number/index.ts';
import {
  checkBandShares,
  forcedDistribution,
  gradeTeam,
  sharesProblem,
  teamErrorText,
  teamSummary,
  templateHeaders,
} from '../../src/lib/team/index.ts';
import { resultsCsv, templateCsv } from '../../src/lib/team/team-csv.ts';
import { errorPhrase, say } from '../../src/lib/scoring/index.ts';
import { errorMessage, reasons, stepText, zhTeam } from '../support/words.ts';
import { loadScorecard } from '../support/scorecards.ts';

const rep = loadScorecard('customer-representative-annual');
const sheet3 = loadScorecard('account-specialist-monthly-c');

describe('the template', () => {
  it('names the columns of the 客户代表 sheet', () => {
    expect(templateHeaders(rep)).toEqual([
      '姓名',
      '销售目标达成率计划(万元)',
      '销售目标达成率实际(万元)',
      '客户满意度(%)',
      '新客户数计划(个)',
      '新客户数实际(个)',
      '客户保留率(%)',
      '客户流失率(%)',
      '交叉销售成功率(%)',
      '市场分析报告逾期次数',
    ]);
  });

  it('is a header row and one example row that grades cleanly', () => {
    const rows = parseCsv(templateCsv(rep));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toEqual(templateHeaders(rep));
    const team = gradeTeam(rep, templateCsv(rep));
    expect(team.errors).toEqual([]);
    expect(team.rows[0]!.result.status).toBe('ok');
  });
});

describe('gradeTeam on the 客户代表 sheet', () => {
  const header = templateCsv(rep).split('\r\n')[0];
  const csv = [
    header,
    '李雷,1000,"1,050",86%,10,12,96,4,12,5',
    '韩梅梅,1000,1000,abc,10,10,96,4,12,0',
    '王五,0,900,90,10,10,98,3,15,0',
  ].join('\r\n');
  const team = gradeTeam(rep, csv);

  it("grades docs/scoring.md's worked example to 75.80, 合格", () => {
    const [li] = team.rows;
    expect(li).toMatchObject({ line: 2, name: '李雷' });
    expect(li!.result.status).toBe('ok');
    expect(li!.result.total).toBe(75.8);
    expect(li!.result.grade).toBe('合格');
  });

  it('reports each bad cell by line, column and reason, and keeps the people with errors listed', () => {
    expect(team.rows.map((r) => [r.line, r.name, r.result.status])).toEqual([
      [2, '李雷', 'ok'],
      [3, '韩梅梅', 'invalid'],
      [4, '王五', 'invalid'],
    ]);
    expect(team.errors).toEqual([
      { line: 3, column: '客户满意度(%)', value: 'abc', reason: errorPhrase('not-a-number') },
      {
        line: 4,
        column: '销售目标达成率计划(万元)',
        value: '0',
        reason: errorPhrase('plan-not-positive'),
      },
    ]);
    expect(team.missingColumns).toEqual([]);
    expect(team.unknownColumns).toEqual([]);
    // The refused rows still show what could be scored.
    expect(team.rows[1]!.result.indicators[0]!.points).toBeCloseTo(75);
  });

  it('matches headers after trimming and NFKC, with or without the unit, in any order', () => {
    const text =
      ' 姓名 ,客户满意度（％）,销售目标达成率实际,销售目标达成率计划(万元),备注\n张三,８６,1050,1000,无';
    const t = gradeTeam(rep, text);
    expect(t.unknownColumns).toEqual(['备注']);
    expect(t.missingColumns).toEqual([
      '新客户数计划(个)',
      '新客户数实际(个)',
      '客户保留率(%)',
      '客户流失率(%)',
      '交叉销售成功率(%)',
      '市场分析报告逾期次数',
    ]);
    expect(t.rows[0]!.name).toBe('张三');
    expect(t.rows[0]!.result.indicators[0]!.points).toBeCloseTo(82.5);
    expect(t.rows[0]!.result.indicators[1]!.points).toBeCloseTo(78);
    expect(t.rows[0]!.result.status).toBe('incomplete');
    expect(t.errors).toEqual([]);
  });

  it('reports empty cells and out-of-range counts with the range, and skips blank lines', () => {
    const t = gradeTeam(rep, `${header}\n\n赵六,1000,1000,80,10,10,95,5,,13\n`);
    expect(t.rows.map((r) => r.line)).toEqual([3]);
    expect(t.errors).toEqual([
      { line: 3, column: '交叉销售成功率(%)', value: '', reason: errorPhrase('empty') },
      {
        line: 3,
        column: '市场分析报告逾期次数',
        value: '13',
        reason: errorPhrase('out-of-range', { min: 0, max: 12 }),
      },
    ]);
  });

  it('reads a tab-separated paste from a spreadsheet', () => {
    const tsv = `${templateHeaders(rep).join('\t')}\n李雷\t1000\t1,050\t86\t10\t12\t96\t4\t12\t5`;
    expect(gradeTeam(rep, tsv).rows[0]!.result.total).toBe(75.8);
  });

  it('is empty for an empty text and reports an unclosed quote', () => {
    expect(gradeTeam(rep, '')).toEqual({
      rows: [],
      errors: [],
      missingColumns: [],
      unknownColumns: [],
      weightNotes: [],
    });
    const t = gradeTeam(rep, `${header}\n"李雷,1000`);
    expect(t.errors[0]).toMatchObject({ line: 2, column: '' });
    expect(say(reasons, t.errors[0]!.reason)).toMatch(/引号没有闭合/);
  });
});

describe('resultsCsv', () => {
  it('writes the graded table with a formula name escaped and the reasons of a bad row', () => {
    const csv = `${templateHeaders(rep).join(',')}\n=HYPERLINK(1),1000,1050,86,10,12,96,4,12,5\n韩梅梅,1000,1000,abc,10,10,95,5,10,3`;
    const t = gradeTeam(rep, csv);
    const rows = parseCsv(
      resultsCsv(rep, t.rows, t.errors, zhTeam, (r) => (r.line === 2 ? '合格' : undefined)),
    );
    expect(rows[0]).toEqual([
      '行号',
      '姓名',
      '销售目标达成率得分',
      '客户满意度得分',
      '新客户数得分',
      '客户保留率得分',
      '客户流失率得分',
      '交叉销售成功率得分',
      '扣分',
      '总分',
      '等级',
      '建议分布',
      '说明',
    ]);
    expect(rows[1]).toEqual([
      '2',
      "'=HYPERLINK(1)",
      '82.50',
      '78.00',
      '95.00',
      '70.00',
      '75.00',
      '72.00',
      '4.00',
      '75.80',
      '合格',
      '合格',
      '',
    ]);
    expect(rows[2]!.slice(8)).toEqual([
      '0.00',
      '',
      '',
      '',
      `「客户满意度(%)」${errorMessage('not-a-number')}`,
    ]);
  });
});

describe('gradeTeam on a sheet whose weights total 70', () => {
  const csv = `${templateCsv(sheet3).split('\r\n')[0]}\n甲,50,50,10,10,90`;

  it("withholds totals and passes on the engine's message", () => {
    const t = gradeTeam(sheet3, csv);
    expect(t.rows[0]!.result.status).toBe('invalid-weights');
    expect(t.weightNotes.map(stepText).join('')).toMatch(/权重合计 70%,还差 30%/);
  });

  it('grades when asked to rescale the weights to 100', () => {
    const t = gradeTeam(sheet3, csv, { normalizeWeights: true });
    expect(t.weightNotes).toEqual([]);
    expect(t.rows[0]!.result.total).toBe(98.57);
    expect(t.rows[0]!.result.weights.normalized).toBe(true);
  });
});

describe('the advisory forced distribution', () => {
  it('splits by largest remainder', () => {
    expect(splitByLargestRemainder(10, [20, 70, 10])).toEqual([2, 7, 1]);
    expect(splitByLargestRemainder(7, [20, 70, 10])).toEqual([1, 5, 1]);
    expect(splitByLargestRemainder(3, [33.33, 33.33, 33.34])).toEqual([1, 1, 1]);
    expect(splitByLargestRemainder(0, [20, 70, 10])).toEqual([0, 0, 0]);
    const people = Array.from({ length: 7 }, (_, i) => ({ name: `p${i}`, total: i }));
    expect(forcedDistribution(people, [20, 70, 10]).counts).toEqual([1, 5, 1]);
    expect(() => forcedDistribution(people, [20, 70, 20])).toThrow(RangeError);
  });

  it('checks the shares', () => {
    expect(sharesProblem([20, 70, 10])).toBeUndefined();
    expect(sharesProblem([20, 70, 20])).toBe('sum-not-100');
    expect(sharesProblem([-10, 100, 10])).toBe('out-of-range');
  });

  it.each([
    [['20', '70', '10'], { values: [20, 70, 10] }],
    [['２０％', ' 70 ', '10%'], { values: [20, 70, 10] }],
    [['33.33', '33.33', '33.34'], { values: [33.33, 33.33, 33.34] }],
    [['20', '', '10'], { error: '请在三项比例中都填写 0 到 100 之间的数字。' }],
    [['20', 'abc', '10'], { error: '请在三项比例中都填写 0 到 100 之间的数字。' }],
    [['-10', '100', '10'], { error: '每项比例须在 0 到 100 之间。' }],
    [['20', '70', '20'], { error: '三项比例合计须为 100%,现在是 110.00%。' }],
    [['20', '70', '9.995'], { error: '三项比例合计须为 100%,现在是 100.00%。' }],
  ])('checks the band shares as typed: %j', (texts, expected) => {
    // The widget words the problem with the page's strings.
    const r = checkBandShares(texts);
    expect('error' in r ? { error: say(zhTeam.shareErrors, r.error) } : r).toEqual(expected);
  });

  it('says what is wrong with a row, and sums up the team', () => {
    const reason = { key: 'unclosedQuote', vars: { line: 3 } } as const;
    expect(teamErrorText({ line: 3, column: '', value: '', reason }, zhTeam)).toBe(
      `第 3 行:${say(reasons, reason)}`,
    );
    const refused = errorPhrase('not-a-number');
    expect(teamErrorText({ line: 4, column: '姓名', value: 'x', reason: refused }, zhTeam)).toBe(
      `第 4 行,「姓名」:${errorMessage('not-a-number')}(输入的值:x)`,
    );
    const csv = `${templateHeaders(rep).join(',')}\n甲,1000,1050,86,10,12,96,4,12,5\n乙,abc,1050,86,10,12,96,4,12,5`;
    const team = gradeTeam(rep, csv);
    expect(teamSummary(team, '  ', zhTeam)).toBe('');
    expect(teamSummary(team, csv, zhTeam)).toBe(`共 2 人,已评分 1 人,${team.errors.length} 处错误`);
    expect(team.errors.length).toBeGreaterThan(0);
  });

  it('hands out bands by rank, ties by name, and warns under 25 people', () => {
    const people = [
      { name: '乙', total: 70 },
      { name: '甲', total: 90 },
      { name: '丙', total: 70 },
      { name: '丁', total: 50 },
      { name: '戊', total: 80 },
    ];
    const d = forcedDistribution(people, [20, 60, 20]);
    expect(d.counts).toEqual([1, 3, 1]);
    expect(d.bands).toEqual([1, 0, 1, 2, 1]);
    expect(d.ranking[0]).toBe(1);
    expect(d.warning).toBe('small-group');
    const tie = forcedDistribution(
      [
        { name: 'b', total: 60 },
        { name: 'a', total: 60 },
      ],
      [50, 50, 0],
    );
    expect(tie.bands).toEqual([1, 0]);
    expect(
      forcedDistribution(
        Array.from({ length: 25 }, (_, i) => ({ name: `p${i}`, total: i })),
        [20, 70, 10],
      ).warning,
    ).toBeUndefined();
  });

  it('gives counts that sum to n, each within 1 of n × share / 100 (property)', () => {
    const shares = fc
      .tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 10000 }))
      .map(([a, b]) => [Math.min(a, b), Math.max(a, b)])
      .map(([a, b]) => [a! / 100, (b! - a!) / 100, (10000 - b!) / 100]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), shares, (n, s) => {
        const counts = splitByLargestRemainder(n, s);
        expect(counts.reduce((x, y) => x + y, 0)).toBe(n);
        counts.forEach((c, i) => {
          expect(Number.isInteger(c)).toBe(true);
          expect(Math.abs(c - (n * s[i]!) / 100)).toBeLessThan(1);
        });
      }),
      { numRuns: 500 },
    );
  });

  it('gives each band exactly its count, best totals first (property)', () => {
    const people = fc.array(
      fc.record({ name: fc.string({ maxLength: 3 }), total: fc.integer({ min: 0, max: 100 }) }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(people, (ps) => {
        const d = forcedDistribution(ps, [20, 70, 10]);
        d.counts.forEach((c, band) => expect(d.bands.filter((b) => b === band)).toHaveLength(c));
        for (let k = 1; k < d.ranking.length; k++) {
          const [a, b] = [d.ranking[k - 1]!, d.ranking[k]!];
          expect(ps[a]!.total).toBeGreaterThanOrEqual(ps[b]!.total);
          expect(d.bands[a]!).toBeLessThanOrEqual(d.bands[b]!);
        }
      }),
    );
  });
});
