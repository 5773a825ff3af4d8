import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/check-content-fs.ts';
import { formatProblem } from '../../src/lib/content/validate.ts';

async function problemsIn(dir: string): Promise<string[]> {
  return (await checkContent(dir, dir)).problems.map(formatProblem);
}

/** A copy of the real content with the given edits applied, file by file. */
function brokenCopy(
  edits: Record<string, (text: string) => string>,
  extra: Record<string, string> = {},
): string {
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
    const { entries, problems } = await checkContent('content');
    expect(entries).toBeGreaterThan(50);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('refuses a content folder that does not exist', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'rolebook-content-')), 'no-such-dir');
    const { entries, problems } = await checkContent(dir, join(dir, '..'));
    expect(entries).toBe(0);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^no-such-dir: \(folder\): 内容文件夹不存在 — 提示:/),
    ]);
  });

  it('refuses a content folder with no entries, even with its collection folders', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolebook-content-'));
    mkdirSync(join(dir, 'roles'));
    writeFileSync(join(dir, 'roles', 'notes.txt'), 'not an entry');
    expect(await problemsIn(dir)).toEqual([
      expect.stringMatching(
        /^\.: \(folder\): 内容文件夹里没有任何条目 — 提示:条目放在子文件夹里:roles\/\*\.mdx/,
      ),
    ]);
  });

  it.each([
    ['a missing folder', (dir: string) => join(dir, 'no-such-dir'), /内容文件夹不存在/],
    ['an empty folder', (dir: string) => dir, /内容文件夹里没有任何条目/],
  ])(
    'npm run check:content exits 1 on %s and says why',
    (_, pick, reason) => {
      const dir = pick(mkdtempSync(join(tmpdir(), 'rolebook-content-')));
      const r = spawnSync(process.execPath, ['scripts/validate-content.ts', dir], {
        encoding: 'utf8',
      });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(reason);
      expect(r.stdout).not.toMatch(/content OK/);
    },
    30_000,
  );

  it('reports a broken reference, a missing field and a wrong type together, each with file, field and reason', async () => {
    const dir = brokenCopy({
      'kpis/customer-satisfaction.yaml': (t) => t.replace(/^name: .*$/m, ''),
      'departments/finance.yaml': (t) => t.replace(/^name: .*$/m, 'name: 42'),
      'cases/customer-representative-sales-target.yaml': (t) =>
        t.replace(/^roles: \[[a-z-]+\]$/m, 'roles: [no-such-role]'),
    });
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^kpis\/customer-satisfaction\.yaml(:\d+)?: name: 缺少必填字段\(应为文本\) — 提示:加上 name: …/,
        ),
        expect.stringMatching(
          /^departments\/finance\.yaml:\d+: name: 类型不对:应为文本,实为数字 42 — 提示:文本可加引号,例如 name: "42"$/,
        ),
        expect.stringMatching(
          /^cases\/[a-z0-9-]+\.yaml:\d+: roles\.0: 链接的角色\(roles\)"no-such-role" 不存在\(没有 content\/roles\/no-such-role\.mdx\) — 提示:/,
        ),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it('suggests the existing id closest to a mistyped link', async () => {
    const dir = brokenCopy({
      'roles/customer-representative.mdx': (t) =>
        t.replace(/^( {2}- kpi: )sales-attainment$/m, '$1sales-attainmnet'),
    });
    expect(await problemsIn(dir)).toEqual([
      expect.stringMatching(
        /^roles\/customer-representative\.mdx:\d+: kpis\.\d+\.kpi: 链接的KPI\(kpis\)"sales-attainmnet" 不存在.* — 提示:是不是 sales-attainment?/,
      ),
    ]);
  });

  it('reports duplicate ids, bad ids, clashing orders and YAML syntax errors', async () => {
    const someResponsibility = readdirSync('content/responsibilities')[0]!;
    const dir = brokenCopy(
      {},
      {
        'responsibilities/Copy-Of-Entry.yaml': readFileSync(
          join('content/responsibilities', someResponsibility),
          'utf8',
        ),
        'glossary/broken.yaml': 'term: [unclosed\n',
        // Ids compare without case: a second "finance" (read first, as names sort upper case first).
        'departments/Finance.yaml': readFileSync('content/departments/finance.yaml', 'utf8'),
      },
    );
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^departments\/finance\.yaml: \(file name\): id "finance" 重复:departments\/Finance\.yaml 已用了同一个 id — 提示:/,
        ),
        expect.stringMatching(
          /Copy-Of-Entry\.yaml: \(file name\): 文件名\(即 id\)"Copy-Of-Entry" 不是小写英文加连字符 — 提示:把文件改名为例如 copy-of-entry\.yaml$/,
        ),
        expect.stringMatching(
          /:\d+: order: 岗位 "[a-z-]+" 的 order \d+ 已被 responsibilities\/[A-Za-z0-9-]+\.yaml 使用 — 提示:/,
        ),
        expect.stringMatching(/glossary\/broken\.yaml:\d+: \(file\): YAML 语法错误:.+ — 提示:/),
      ]),
    );
  });

  it('applies the scorecard rules of docs/scoring.md, naming the field', async () => {
    const dir = brokenCopy({
      'scorecards/customer-representative-annual.yaml': (t) =>
        t
          .replace('  - id: satisfaction', '  - id: sales')
          .replace(
            'anchors: [[60, 0], [90, 60], [110, 90], [130, 100]] }',
            'anchors: [[60, 0], [90, 60], [80, 90]] }',
          ),
      'scorecards/business-director-annual.yaml': (t) =>
        t.replace(/^role: business-director$/m, 'role: chief-of-everything'),
    });
    const problems = await problemsIn(dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^scorecards\/customer-representative-annual\.yaml:\d+: indicators\.1\.id: duplicate indicator id "sales" — 提示:.*id 不能重复/,
        ),
        expect.stringMatching(
          /^scorecards\/customer-representative-annual\.yaml:\d+: indicators\.0\.scoring\.anchors\.2: anchors must be strictly increasing in x.* — 提示:锚点/,
        ),
        expect.stringMatching(
          /^scorecards\/business-director-annual\.yaml:\d+: role: 链接的角色\(roles\)"chief-of-everything" 不存在/,
        ),
      ]),
    );
  });

  it('refuses a checklist item pointing to another role, a task or a deliverable its responsibility lacks', async () => {
    const file = 'onboarding/customer-representative.yaml';
    const dir = brokenCopy({
      [file]: (t) =>
        t
          // The first week's first item now names the business director's duty.
          .replace(
            'responsibility: customer-representative-1-client-relationships',
            'responsibility: business-director-1-annual-sales-strategy',
          )
          .replace(/task: 1\n/, 'task: 9\n')
          .replace('deliverable: 客户关系维护计划', 'deliverable: 客户关系计划'),
    });
    const problems = (await problemsIn(dir)).filter((p) => p.startsWith(file));
    expect(problems).toEqual([
      expect.stringMatching(
        /^onboarding\/customer-representative\.yaml:\d+: week\.0\.responsibility: 职责 "business-director-1-annual-sales-strategy" 属于岗位 "business-director",不是本清单的岗位 "customer-representative" — 提示:改成岗位 customer-representative 的职责/,
      ),
      expect.stringMatching(
        /^onboarding\/customer-representative\.yaml:\d+: month\.0\.task: 职责 "customer-representative-1-client-relationships" 没有第 9 步日常任务 — 提示:写 1 到 2 之间的步骤号/,
      ),
      expect.stringMatching(
        /^onboarding\/customer-representative\.yaml:\d+: quarter\.1\.deliverable: 职责 "customer-representative-1-client-relationships" 的工作成果里没有“客户关系计划” — 提示:照原样写其中一项:客户满意度调查报告、客户关系维护计划/,
      ),
    ]);
    // The real checklist passes: the refusals come from the edits.
    expect((await problemsIn('content')).filter((p) => p.startsWith(file))).toEqual([]);
  });
});
