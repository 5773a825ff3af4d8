// .xlsx in and out for the team grader, on real files: fixtures that
// LibreOffice made from the CSVs beside them (test/fixtures/xlsx/README.md),
// and files written by the site's own writer, read back by the site's reader.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import {
  forcedDistribution,
  gradeTeam,
  gradeTeamRecords,
  templateHeaders,
} from '../../src/lib/team/index.ts';
import { templateCsv } from '../../src/lib/team/team-csv.ts';
import { moveBand, startCalibration } from '../../src/lib/team/calibration.ts';
import { mergesBySheet } from '../../src/lib/team-xlsx/xlsx-merges.ts';
import {
  calibrationModel,
  displayWidth,
  resultsModel,
  templateModel,
} from '../../src/lib/team-xlsx/xlsx-model.ts';
import {
  columnLetter,
  readTeamSheet,
  sheetPicker,
  type WorkbookSheet,
} from '../../src/lib/team-xlsx/xlsx-sheet.ts';
import { readWorkbook } from '../../src/widgets/team/xlsx-read.ts';
import { NOT_XLSX } from '../../src/widgets/team/file-errors.ts';
import { workbookBlob } from '../../src/widgets/team/xlsx-write.ts';
import { loadScorecard } from '../support/scorecards.ts';
import { sheetText, zhTeam } from '../support/words.ts';

const rep = loadScorecard('customer-representative-annual');
const fixture = (name: string) => new Blob([readFileSync(`test/fixtures/xlsx/${name}`)]);
const read = async (blob: Blob) => readWorkbook(blob);
const only = <T>(r: T & { ok: boolean }) => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
};
/** The parts of an .xlsx as text, to look at what a spreadsheet program will see. */
const parts = async (blob: Blob) =>
  Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(await blob.arrayBuffer()))).map(([k, v]) => [
      k,
      strFromU8(v),
    ]),
  );

describe('reading a LibreOffice workbook made from team-rep.csv', async () => {
  const sheets = await read(fixture('team-rep.xlsx'));
  const sheet = sheets[0]!;
  const reading = only(readTeamSheet(rep, sheet));

  it('gives the Chinese headers and the cells the CSV path gives, with the same line numbers', () => {
    const csv = parseCsvRecords(readFileSync('test/fixtures/xlsx/team-rep.csv', 'utf8'));
    const nonEmpty = csv.records.filter((r) => r.cells.some((c) => c !== ''));
    expect(reading.records).toEqual(nonEmpty);
    expect(reading.records[0]!.cells).toEqual(templateHeaders(rep));
  });

  it('skips the empty row 4 and says so', () => {
    expect(reading.emptyRows).toEqual([4]);
    expect(reading.notices.map((n) => sheetText(n.message))).toContain('第 4 行是空行,已跳过。');
  });

  it('grades like the CSV: an empty cell is reported by the engine, by row and column', () => {
    const fromXlsx = gradeTeamRecords(rep, reading.records);
    const fromCsv = gradeTeam(rep, readFileSync('test/fixtures/xlsx/team-rep.csv', 'utf8'));
    expect(fromXlsx).toEqual(fromCsv);
    expect(fromXlsx.rows.map((r) => [r.line, r.name])).toEqual([
      [2, '李雷'],
      [3, '韩梅梅'],
      [5, '王五'],
    ]);
    expect(fromXlsx.rows[1]!.result.status).toBe('incomplete');
    expect(fromXlsx.rows[0]!.result.total).toBeGreaterThan(0);
  });
});

describe('numbers stored as text, and a date in a number column', async () => {
  const [sheet] = await read(fixture('team-text-numbers.xlsx'));
  const reading = only(readTeamSheet(rep, sheet!));

  it('reads the text cells as LibreOffice stored them (strings), and the date as a Date', () => {
    expect(sheet!.rows[1]![1]).toBe('1000');
    expect(sheet!.rows[1]![2]).toBe(1050);
    expect(sheet!.rows[3]![2]).toBeInstanceOf(Date);
  });

  it('accepts text numbers, counting them in one notice', () => {
    const msg = reading.notices
      .map((n) => sheetText(n.message))
      .find((m) => m.includes('以文本形式存储'))!;
    expect(msg).toMatch(/^5 格数字以文本形式存储\(B2、D2、B3、B4、D4\),已按数字读取。$/);
  });

  it('names the text cell that is not a number, and the date cell', () => {
    const text = reading.notices.find((n) => n.cell === 'D3')!;
    expect(text.row).toBe(3);
    expect(sheetText(text.message)).toBe(
      'D3(客户满意度(%))以文本存储,内容“abc”不是数字。请只填写数字。',
    );
    const date = reading.notices.find((n) => n.cell === 'C4')!;
    expect(sheetText(date.message)).toContain('是日期 2025-03-01,不是数字');
  });

  it('grades the good rows; the date and the text are refused by the engine', () => {
    const team = gradeTeamRecords(rep, reading.records);
    expect(team.rows[0]!.result.status).toBe('ok');
    expect(team.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, '客户满意度(%)', 'abc'],
      [4, '销售目标达成率实际(万元)', '2025-03-01'],
    ]);
  });
});

describe('cells formatted as a percentage (Excel stores 86% as 0.86)', async () => {
  const [sheet] = await read(fixture('team-percent.xlsx'));

  it('finds the percentage cells from the styles', () => {
    expect([...sheet!.percentCells!].sort()).toEqual(['D2', 'D3', 'G2']);
    expect(sheet!.rows[1]![3]).toBeCloseTo(0.86, 12);
  });

  it('reads them as the sheet shows them, so they grade as the CSV does', () => {
    const r = only(readTeamSheet(rep, sheet!));
    expect(r.records[1]!.cells.slice(3, 7)).toEqual(['86%', '10', '12', '96%']);
    expect(r.records[2]!.cells[3]).toBe('90.5%');
    const csv = readFileSync('test/fixtures/xlsx/team-percent.csv', 'utf8');
    expect(gradeTeamRecords(rep, r.records)).toEqual(gradeTeam(rep, csv));
    expect(gradeTeam(rep, csv).errors).toEqual([]);
  });
});

describe('merged header cells and the sheet picker', async () => {
  const sheets = await read(fixture('merged-header.xlsx'));

  it('lists the sheets by name, the first chosen', () => {
    expect(sheetPicker(sheets)).toEqual({ names: ['考核表', '说明'], index: 0 });
  });

  it('finds the merge LibreOffice wrote', () => {
    expect(sheets[0]!.merges).toEqual(['A1:J1']);
  });

  it('refuses a merged header with a clear message naming the cells', () => {
    const r = readTeamSheet(rep, sheets[0]!);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(sheetText(r.problem)).toBe(
      '工作表「考核表」第 1 行(表头)有合并单元格:A1:J1。合并后只有第一格有表头,其余各列无法识别。' +
        '请取消合并,让每一列只有一个表头(可下载模板对照),再上传。',
    );
  });

  it('once unmerged (the title row removed), the same sheet reads', () => {
    const fixed: WorkbookSheet = { ...sheets[0]!, rows: sheets[0]!.rows.slice(1), merges: [] };
    const r = only(readTeamSheet(rep, fixed));
    expect(r.records.map((x) => x.cells[0])).toEqual(['姓名', '李雷']);
  });

  it('says a sheet is not the template, naming missing and unknown columns', () => {
    const r = readTeamSheet(rep, sheets[1]!);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(sheetText(r.problem)).toContain(`工作表「说明」不是「${rep.title}」的模板`);
    expect(sheetText(r.problem)).toContain('缺少的列:姓名、销售目标达成率计划(万元)');
    expect(r.unknown).toEqual(['请在「考核表」中填写']);
    expect(r.missing).toEqual(templateHeaders(rep));
  });

  it('says an empty sheet is empty', () => {
    const r = readTeamSheet(rep, { name: '空', rows: [[null], []], merges: [] });
    expect(r.ok ? '' : sheetText(r.problem)).toContain('工作表「空」是空的');
  });

  it('reports a merge below the header but still reads the sheet', () => {
    const rows = [
      templateHeaders(rep),
      ['李雷', 1000, 1050, 86, 10, 12, 96, 4, 12, 5],
      ['韩梅梅', null, 1000],
    ];
    const r = only(readTeamSheet(rep, { name: 's', rows, merges: ['A2:A3'] }));
    expect(r.notices[0]).toMatchObject({ row: 2, cell: 'A2:A3' });
    expect(sheetText(r.notices[0]!.message)).toBe(
      'A2:A3 是合并单元格:只有左上角一格有值,其余格按空白处理。',
    );
  });

  it('mergesBySheet follows the workbook relationships to each sheet part', () => {
    const m = mergesBySheet({
      'xl/workbook.xml':
        '<workbook><sheets><sheet name="B&amp;C" sheetId="1" r:id="rId9"/></sheets></workbook>',
      'xl/_rels/workbook.xml.rels':
        '<Relationships><Relationship Id="rId9" Target="/xl/worksheets/x.xml"/></Relationships>',
      'xl/worksheets/x.xml':
        '<worksheet><mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="C3:D4"/></mergeCells></worksheet>',
    });
    expect([...m]).toEqual([['B&C', ['A1:B1', 'C3:D4']]]);
  });

  it('a file that is not an .xlsx is refused with a message saying what to do', async () => {
    const csv = new Blob([readFileSync('test/fixtures/xlsx/team-rep.csv')]);
    await expect(readWorkbook(csv)).rejects.toThrow(NOT_XLSX);
    expect(zhTeam.notXlsx).toContain('另存为 .xlsx');
  });

  it('columnLetter counts as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('writing: the template and the results as .xlsx', async () => {
  const template = await workbookBlob([templateModel(rep)]);
  const templateParts = await parts(template);
  const sheetXml = templateParts['xl/worksheets/sheet1.xml']!;

  it('round-trips: the site reads back the template it wrote as the CSV template', async () => {
    const [sheet] = await read(template);
    expect(sheet!.name).toBe(rep.title.slice(0, 31));
    const r = only(readTeamSheet(rep, sheet!));
    expect(r.records).toEqual(parseCsvRecords(templateCsv(rep)).records);
    expect(r.notices).toEqual([]);
  });

  it('freezes the header row and makes it bold', () => {
    expect(sheetXml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const styles = templateParts['xl/styles.xml']!;
    expect(styles).toMatch(/<b\s*\/>/);
  });

  it('gives each column a width that fits its Chinese header', () => {
    const widths = [...sheetXml.matchAll(/<col [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(templateHeaders(rep).length);
    templateHeaders(rep).forEach((h, i) =>
      expect(widths[i]).toBeGreaterThanOrEqual(displayWidth(h)),
    );
    expect(displayWidth('销售目标达成率计划(万元)')).toBe(24);
  });

  it('writes numbers with two decimals', () => {
    expect(templateParts['xl/styles.xml']).toContain('formatCode="0.00"');
  });

  const team = gradeTeam(rep, readFileSync('test/fixtures/xlsx/team-rep.csv', 'utf8'));
  const people = team.rows.map((r) => ({ name: r.name, total: r.result.total ?? 0 }));
  const dist = forcedDistribution(people, [20, 70, 10]);
  const labels = ['优秀', '合格', '待改进'];
  const moved = moveBand(
    startCalibration(dist.bands),
    people,
    { person: 2, to: (dist.bands[2]! + 1) % 3, reason: '全年新客户开发第一' },
    labels,
  );
  if (!moved.ok) throw new Error(moved.problem.key);
  const results = resultsModel(
    rep,
    team.rows,
    team.errors,
    zhTeam,
    (row) => labels[moved.calibration.bands[team.rows.indexOf(row)]!],
  );
  const trail = calibrationModel(moved.calibration.moves, labels, zhTeam);
  const resultsBlob = await workbookBlob([results, trail]);
  const resultParts = await parts(resultsBlob);

  it('writes 完成率 as a percentage, and reads it back as the fraction Excel stores', async () => {
    expect(resultParts['xl/styles.xml']).toContain('formatCode="0.00%"');
    const [sheet, log] = await read(resultsBlob);
    const header = sheet!.rows[0]!;
    const col = header.indexOf('销售目标达成率完成率');
    expect(col).toBeGreaterThan(0);
    expect(sheet!.rows[1]![col]).toBeCloseTo(1.05, 10);
    expect(header.at(-2)).toBe('建议分布');
    expect(log!.name).toBe('校准记录');
    expect(log!.rows[1]).toEqual([
      '1',
      '王五',
      team.rows[2]!.result.total ?? null,
      labels[dist.bands[2]!],
      labels[(dist.bands[2]! + 1) % 3],
      '全年新客户开发第一',
    ]);
  });

  it('the 完成率 cells read back as percentage cells', async () => {
    const [sheet] = await read(resultsBlob);
    const col = sheet!.rows[0]!.indexOf('销售目标达成率完成率');
    expect(sheet!.percentCells!.has(`${columnLetter(col)}2`)).toBe(true);
    expect(sheet!.percentCells!.has(`${columnLetter(col + 1)}2`)).toBe(false);
  });

  it('writes a cell that looks like a formula as text, never as a formula', async () => {
    const csv = `${templateCsv(rep).split('\r\n')[0]}\r\n=HYPERLINK("http://x"),1000,1000,90,10,10,96,4,12,0\r\n@SUM(A1),+1,-1,90,10,10,96,4,12,0`;
    const g = gradeTeam(rep, csv);
    const blob = await workbookBlob([resultsModel(rep, g.rows, g.errors, zhTeam)]);
    const xml = (await parts(blob))['xl/worksheets/sheet1.xml']!;
    expect(xml).not.toMatch(/<f[\s>]/);
    const [sheet] = await read(blob);
    expect(sheet!.rows.map((r) => r[1])).toEqual(['姓名', '=HYPERLINK("http://x")', '@SUM(A1)']);
  });

  it('LibreOffice and the site write the same team sheet the same way, as the reader sees it', async () => {
    const csv = parseCsvRecords(readFileSync('test/fixtures/xlsx/team-rep.csv', 'utf8')).records;
    const body = csv.slice(1).map((r) => r.cells);
    const site = await read(await workbookBlob([templateModel(rep, body)]));
    const office = await read(fixture('team-rep.xlsx'));
    expect(site[0]!.rows).toEqual(office[0]!.rows);
    expect(readTeamSheet(rep, site[0]!)).toEqual(
      readTeamSheet(rep, { ...office[0]!, name: site[0]!.name }),
    );
  });
});
