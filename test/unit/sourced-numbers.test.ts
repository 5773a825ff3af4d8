import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read-content-fs.ts';
import { formatProblem, validateEntries } from '../../src/lib/content/validate.ts';

/** The problems the content check reports for a copy of content/ with one file edited. */
async function problemsAfter(file: string, edit: (text: string) => string): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-sourced-'));
  cpSync('content', dir, { recursive: true });
  const before = readFileSync(join(dir, file), 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${file} changed nothing`);
  writeFileSync(join(dir, file), after);
  const { entries } = await readContent(dir, dir);
  return validateEntries(entries).map(formatProblem);
}

describe('every threshold, unit and weight has a source or is marked 假设', () => {
  it('refuses a role’s pass line with neither a source nor assumption: true', async () => {
    const problems = await problemsAfter('roles/business-director.mdx', (t) =>
      t.replace(
        '  - team-performance-attainment\n',
        '  - kpi: team-performance-attainment\n    pass:\n      value: 95\n',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^roles\/business-director\.mdx:\d+: kpis\.\d+\.pass\.source: give its source \(file and the quoted phrase\) or mark it assumption: true — 提示:写上出处/,
      ),
    ]);
  });

  it('accepts the same line marked as an assumption', async () => {
    const problems = await problemsAfter('roles/business-director.mdx', (t) =>
      t.replace(
        '  - team-performance-attainment\n',
        '  - kpi: team-performance-attainment\n    pass:\n      value: 95\n      assumption: true\n',
      ),
    );
    expect(problems).toEqual([]);
  });

  it('refuses pass/excellent lines on the KPI itself, saying where they go', async () => {
    const problems = await problemsAfter('kpis/renewal-rate.yaml', (t) =>
      t.replace(
        /^direction: higher$/m,
        'direction: higher\nthresholds:\n  pass: { value: 80, assumption: true }',
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^kpis\/renewal-rate\.yaml:\d+: thresholds: put pass\/excellent lines on the role’s kpis: entry/,
      ),
    ]);
  });

  it('refuses a KPI unit with no basis', async () => {
    const problems = await problemsAfter('kpis/renewal-rate.yaml', (t) =>
      t.replace(/^unit:\n(  .*\n)+/m, "unit:\n  value: '%'\n"),
    );
    expect(problems).toEqual([
      expect.stringMatching(/^kpis\/renewal-rate\.yaml:\d+: unit\.source: give its source/),
    ]);
  });

  it('refuses a scorecard unit, weight, level or deduction number with no basis', async () => {
    const problems = await problemsAfter('scorecards/customer-representative-annual.yaml', (t) =>
      t
        .replace(
          /    unitBasis:\n      assumption: true\n      note: 来源没有给出计划与实际的单位\n/,
          '',
        )
        .replace(/    weightBasis:\n      assumption: true\n/, '')
        .replace(/    perUnitBasis:\n      assumption: true\n/, ''),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^scorecards\/customer-representative-annual\.yaml:\d+: indicators\.0\.unitBasis: unit “万元” has no basis/,
      ),
      expect.stringMatching(/: indicators\.0\.weightBasis: the weight has no basis/),
      expect.stringMatching(/: deductions\.0\.perUnitBasis: perUnit 2 has no basis/),
    ]);
  });
});

describe('a role with several source versions', () => {
  it('refuses a responsibility that does not say which version it is from', async () => {
    const problems = await problemsAfter(
      'responsibilities/sales-account-supervisor-v2-3-team-building.yaml',
      (t) => t.replace(/^version: v2\n/m, ''),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^responsibilities\/sales-account-supervisor-v2-3-team-building\.yaml: version: role "sales-account-supervisor" has versions v1, v2: say which one/,
      ),
    ]);
  });

  it('refuses a section labelled with a version the role does not list', async () => {
    const problems = await problemsAfter('roles/sales-account-supervisor.mdx', (t) =>
      t.replace('  career: [v2]', '  career: [v3]'),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /sectionVersions\.career\.0: no version "v3" in versions: v1, v2 — 提示:/,
      ),
    ]);
  });
});
