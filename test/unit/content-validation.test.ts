import { cpSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/integrations/read-content.ts';
import { formatProblem, validateEntries } from '../../src/lib/content/validate.ts';

async function problemsIn(dir: string): Promise<string[]> {
  const { entries, errors } = await readContent(dir, dir);
  return [...errors.map((e) => `${e.file}: (file): ${e.message}`), ...validateEntries(entries).map(formatProblem)];
}

/** A copy of the real content with the given edits applied, file by file. */
function brokenCopy(edits: Record<string, (text: string) => string>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-content-'));
  cpSync('content', dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    if (after === before) throw new Error(`edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  for (const [file, text] of Object.entries(extra)) writeFileSync(join(dir, file), text);
  return dir;
}

describe('content validation', () => {
  it('passes on the real content, which is not empty', async () => {
    const { entries } = await readContent('content');
    expect(entries.length).toBeGreaterThan(50);
    expect(await problemsIn('content')).toEqual([]);
  });

  it('reports a broken reference, a missing field and a wrong type together, each with file, field and reason', async () => {
    const dir = brokenCopy({
      'kpis/customer-satisfaction.yaml': (t) => t.replace(/^name: .*$/m, ''),
      'departments/finance.yaml': (t) => t.replace(/^name: .*$/m, 'name: 42'),
      'cases/customer-representative-sales-target.yaml': (t) => t.replace(/^roles: \[[a-z-]+\]$/m, 'roles: [no-such-role]'),
    });
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^kpis\/customer-satisfaction\.yaml(:\d+)?: name: required field is missing/),
        expect.stringMatching(/^departments\/finance\.yaml:\d+: name: wrong type: expected string, got number 42/),
        expect.stringMatching(/^cases\/[a-z0-9-]+\.yaml:\d+: roles\.0: links to roles "no-such-role", which does not exist/),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('reports duplicate ids, bad ids, clashing orders and YAML syntax errors', async () => {
    const someResponsibility = readdirSync('content/responsibilities')[0]!;
    const dir = brokenCopy(
      {},
      {
        'responsibilities/Copy-Of-Entry.yaml': readFileSync(join('content/responsibilities', someResponsibility), 'utf8'),
        'glossary/broken.yaml': 'term: [unclosed\n',
        // Ids compare without case: a second "finance" (read first, as names sort upper case first).
        'departments/Finance.yaml': readFileSync('content/departments/finance.yaml', 'utf8'),
      },
    );
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^departments\/finance\.yaml: \(file name\): duplicate id "finance": departments\/Finance\.yaml has the same id$/,
        ),
        expect.stringMatching(/Copy-Of-Entry\.yaml: \(file name\): id "Copy-Of-Entry" must be a kebab-case/),
        expect.stringMatching(/: order: order \d+ is already used for role "[a-z-]+" by responsibilities\/[A-Za-z0-9-]+\.yaml/),
        expect.stringMatching(/glossary\/broken\.yaml: \(file\): YAML: .* \(line \d+\)/),
      ]),
    );
  });

  it('applies the scorecard rules of scoring.md, naming the field', async () => {
    const dir = brokenCopy({
      'scorecards/customer-representative-annual.yaml': (t) =>
        t.replace('  - id: satisfaction', '  - id: sales').replace('anchors: [[60, 0], [90, 60], [110, 90], [130, 100]] }', 'anchors: [[60, 0], [90, 60], [80, 90]] }'),
      'scorecards/business-director-annual.yaml': (t) => t.replace(/^role: business-director$/m, 'role: chief-of-everything'),
    });
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^scorecards\/customer-representative-annual\.yaml:\d+: indicators\.1\.id: duplicate indicator id "sales"/),
        expect.stringMatching(/^scorecards\/customer-representative-annual\.yaml:\d+: indicators\.0\.scoring\.anchors\.2: anchors must be strictly increasing in x/),
        expect.stringMatching(/^scorecards\/business-director-annual\.yaml:\d+: role: links to roles "chief-of-everything", which does not exist/),
      ]),
    );
  });
});
