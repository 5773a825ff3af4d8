// CSV in and out (src/lib/csv.ts), as spreadsheets read and write it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeFormula, parseCsv, parseCsvRecords, toCsv } from '../../src/lib/csv.ts';

describe('parseCsv (RFC 4180)', () => {
  it.each([
    [
      'plain cells',
      'a,b,c\n1,2,3',
      [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
    ],
    ['quoted commas', '"1,050",x', [['1,050', 'x']]],
    ['escaped quotes', '"他说""好""",b', [['他说"好"', 'b']]],
    [
      'a line break inside quotes',
      '"第一行\n第二行",b\nc,d',
      [
        ['第一行\n第二行', 'b'],
        ['c', 'd'],
      ],
    ],
    [
      'CRLF line ends',
      'a,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    ['CRLF inside quotes', '"x\r\ny",z\r\n', [['x\r\ny', 'z']]],
    ['a lone CR as a line end', 'a\rb', [['a'], ['b']]],
    [
      'a leading UTF-8 BOM',
      '\uFEFF姓名,总分\n张三,80',
      [
        ['姓名', '总分'],
        ['张三', '80'],
      ],
    ],
    [
      'tab-separated when the header has tabs and no commas',
      '姓名\t销售\n张三\t1,050',
      [
        ['姓名', '销售'],
        ['张三', '1,050'],
      ],
    ],
    ['commas when the header has both', 'a\tb,c', [['a\tb', 'c']]],
    ['a quoted tab in a comma header', '"a\tb",c', [['a\tb', 'c']]],
    ['empty cells and a trailing comma', 'a,,c,\n', [['a', '', 'c', '']]],
    ['an empty quoted cell', '""\n', [['']]],
    ['a stray quote inside a field kept as text', 'ab"c,d', [['ab"c', 'd']]],
    ['an empty text', '', []],
    ['a BOM alone', '\uFEFF', []],
  ])('reads %s', (_, text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });

  it('numbers records by the line they start on, counting line breaks inside quotes', () => {
    const { records } = parseCsvRecords('h1,h2\r\n"a\r\nb",c\r\n\r\nd,e\n');
    expect(records.map((r) => r.line)).toEqual([1, 2, 4, 5]);
    expect(records[2]!.cells).toEqual(['']);
  });

  it('says where a quote never closes', () => {
    const parsed = parseCsvRecords('a,b\n"oops,c\nd,e');
    expect(parsed.unclosedQuoteLine).toBe(2);
    expect(parsed.records.at(-1)!.cells).toEqual(['oops,c\nd,e']);
  });
});

describe('toCsv', () => {
  it('quotes only when needed and ends lines with CRLF', () => {
    expect(toCsv([['a', 'b c', '1,050', '说"好"', 'x\ny']])).toBe(
      'a,b c,"1,050","说""好""","x\ny"\r\n',
    );
    expect(toCsv([['']])).toBe('""\r\n');
  });

  it.each([
    ['=HYPERLINK(1)', "'=HYPERLINK(1)"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['张三', '张三'],
    ['75.80', '75.80'],
    ['a=b', 'a=b'],
  ])('escapes %j as a formula-free %j', (cell, escaped) => {
    expect(escapeFormula(cell)).toBe(escaped);
    expect(parseCsv(toCsv([[cell]]))).toEqual([[escaped]]);
  });

  it('writes formula cells as they are when asked not to escape', () => {
    expect(toCsv([['=1+1']], { escapeFormulas: false })).toBe('=1+1\r\n');
  });

  const cellText = fc.oneof(
    fc.string(),
    fc.string({
      unit: fc.constantFrom('a', '"', ',', '\n', '\r', '\t', ' ', '=', '-', '\uFEFF', '销'),
    }),
  );
  const table = fc.array(fc.array(cellText, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  it('round-trips any table of strings through parseCsv (property)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(toCsv(rows, { escapeFormulas: false }))).toEqual(rows);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips any table with formula cells escaped and nothing else changed (property)', () => {
    fc.assert(
      fc.property(table, (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows.map((r) => r.map(escapeFormula)));
      }),
      { numRuns: 300 },
    );
  });
});
