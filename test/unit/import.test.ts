// npm run import: the parser on sources 000 and 001 gives back what was
// curated by hand in content/, handles a document it has never seen (other
// numbering, full-width punctuation), and its drafts pass the content check.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentEntries, contentProblems } from '../../scripts/lib/content-problems.ts';
import {
  draftPath,
  draftText,
  makeDrafts,
  MISSING,
  roleTitleFrom,
  type Draft,
} from '../../src/lib/import/drafts.ts';
import { chineseNumber, parseJobDescription } from '../../src/lib/import/parse-jd.ts';
import { SOURCES } from '../../src/schemas/common.ts';

const SOURCE_000 = '000_37ae6bba8ae01b67.txt';
const SOURCE_001 = '001_8c13c58fd62e9889.txt';
const FIXTURE = 'test/fixtures/import/channel-specialist.txt';
const CASES = [
  [SOURCE_000, 'customer-representative'],
  [SOURCE_001, 'business-director'],
] as const;

/** Compares text as a reader would: full-width and half-width the same, no spaces, no final 。. */
const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/[。.]$/, '');
const normAll = (xs: unknown) => (Array.isArray(xs) ? xs.map(norm) : []);

const entries = await contentEntries('content');
const curated = (collection: string): Record<string, unknown>[] =>
  entries
    .filter((e) => e.collection === collection)
    .map((e) => ({ ...(e.data as Record<string, unknown>), id: e.id }));
const roleOf = (v: unknown) => (typeof v === 'string' ? v : (v as { id: string }).id);

function draftsOf(source: string, role: string) {
  const jd = parseJobDescription(readFileSync(join('sources', source), 'utf8'));
  const departments = curated('departments').map((d) => ({
    id: String(d['id']),
    names: [String(d['name']), ...((d['aliases'] as string[] | undefined) ?? [])],
  }));
  return { jd, drafts: makeDrafts(jd, { role, source, departments }) };
}
const ofKind = (drafts: Draft[], c: string) =>
  drafts.filter((d) => d.collection === c).map((d) => d.data);

/** Writes drafts into a copy of content/ and returns its problems. */
async function problemsWith(drafts: Draft[]): Promise<string[]> {
  const dir = mkdtempSync(join(tmpdir(), 'rolebook-import-'));
  cpSync('content', dir, { recursive: true });
  for (const d of drafts) writeFileSync(join(dir, draftPath(d)), draftText(d, 'test'));
  return contentProblems(dir);
}

describe.each(CASES)('import of %s equals the curated %s', (source, role) => {
  const { jd, drafts } = draftsOf(source, role);
  const mine = curated('responsibilities')
    .filter((r) => roleOf(r['role']) === role)
    .sort((a, b) => Number(a['order']) - Number(b['order']));

  it('places every line of the source', () => {
    expect(jd.unplaced).toEqual([]);
  });

  it('has the same responsibilities (order, label, title) as content/responsibilities', () => {
    expect(mine.length).toBeGreaterThanOrEqual(7);
    const view = (r: Record<string, unknown>) => [r['order'], norm(r['label']), norm(r['title'])];
    expect(ofKind(drafts, 'responsibilities').map(view)).toEqual(mine.map(view));
  });

  it('has the same daily steps, coordination lines and deliverables for each', () => {
    const view = (r: Record<string, unknown>) => ({
      order: r['order'],
      tasks: normAll(r['tasks']),
      coordination: ((r['coordination'] as { text: string }[] | undefined) ?? []).map((c) =>
        norm(c.text),
      ),
      deliverables: normAll(r['deliverables']),
    });
    const got = ofKind(drafts, 'responsibilities').map(view);
    expect(got.flatMap((r) => r.tasks).length).toBeGreaterThan(10);
    expect(got).toEqual(mine.map(view));
  });

  it('has the glossary terms and definitions content/glossary quotes from this source', () => {
    const quoted = curated('glossary').flatMap((g) =>
      (g['definitions'] as { text: string; source: string[]; kind?: string }[])
        .filter((d) => d.source.includes(source) && (d.kind ?? 'quoted') === 'quoted')
        .map((d) => [norm(g['sourceTerm'] ?? g['term']), norm(d.text)]),
    );
    const got = ofKind(drafts, 'glossary').map((g) => [
      norm(g['sourceTerm'] ?? g['term']),
      norm((g['definitions'] as { text: string }[])[0]!.text),
    ]);
    expect(got.length).toBeGreaterThanOrEqual(3);
    expect(got.sort()).toEqual(quoted.sort());
  });

  it('has the same cases and appraisal text as content/cases and the role', () => {
    const view = (c: Record<string, unknown>) =>
      ['title', 'background', 'problem', 'communication', 'result']
        .map((k) => norm(c[k]))
        .concat(normAll(c['method']));
    const theirs = curated('cases').filter(
      (c) =>
        (c['source'] as string[]).includes(source) &&
        (c['roles'] as unknown[]).map(roleOf).includes(role),
    );
    expect(theirs.length).toBe(2);
    expect(ofKind(drafts, 'cases').map(view).sort()).toEqual(theirs.map(view).sort());

    const appraisal = curated('roles').find((r) => r['id'] === role)!['appraisal'] as Record<
      string,
      unknown
    >;
    const got = ofKind(drafts, 'roles')[0]!['appraisal'] as Record<string, unknown>;
    for (const k of ['dimensions', 'standards', 'excellence'])
      expect(normAll(got[k]), k).toEqual(normAll(appraisal[k]));
  });

  it('links coordination lines to departments named in them', () => {
    const linked = ofKind(drafts, 'responsibilities').flatMap(
      (r) => (r['coordination'] as { departments?: string[] }[] | undefined) ?? [],
    );
    expect(linked.filter((c) => c.departments?.length).length).toBeGreaterThan(3);
  });

  it('writes drafts that pass the content check next to the real content', async () => {
    const { drafts: renamed } = draftsOf(source, `imported-${source.slice(0, 3)}`);
    expect(await problemsWith(renamed)).toEqual([]);
  });
});

describe('a document the importer has not seen (test/fixtures/import)', () => {
  const jd = parseJobDescription(readFileSync(FIXTURE, 'utf8'));

  it('reads 1、 职责 lines, (一) parts, ① steps, 第三部分, 第一条 and full-width :;,()', () => {
    expect(jd.duties.map((d) => [d.order, d.label, d.title])).toEqual([
      [1, '职责一', '开拓并管理经销渠道,完成渠道销售目标。'],
      [2, '职责二', '培训渠道伙伴,提升其产品知识和销售能力。'],
      [3, '职责三', '收集渠道市场信息,反馈价格与竞品动态。'],
    ]);
    expect(jd.duties.map((d) => d.tasks)).toEqual([
      ['筛选目标区域的潜在经销商,建立候选名单。', '走访经销商,洽谈合作条件并签订协议。'],
      ['制定季度培训计划。', '组织产品培训并考核。'],
      ['每周汇总各经销商的价格与库存。'],
    ]);
    expect(jd.duties.map((d) => d.coordination)).toEqual([
      ['与财务部门确认经销商信用额度。', '与物流部协调首批铺货。'],
      ['与市场部沟通培训素材', '与培训发展部确认讲师安排。'],
      [],
    ]);
    expect(jd.duties.map((d) => d.deliverables)).toEqual([
      ['渠道开发计划', '经销商档案', '月度渠道销售报表'],
      ['培训计划', '培训考核记录'],
      ['渠道价格周报'],
    ]);
    expect(jd.cases).toHaveLength(1);
    expect(jd.cases[0]).toMatchObject({
      title: '新区域渠道开拓',
      problem: ['在短期内建立覆盖主要县区的经销网络。'],
      method: ['调研当地市场,筛选候选经销商。', '逐一走访洽谈,签订合作协议。'],
      result: ['签约经销商名单及渠道开发总结。'],
    });
    expect(jd.appraisal).toEqual({
      cycle: [],
      dimensions: ['渠道销售目标达成率。', '新签经销商数量。'],
      standards: ['渠道销售目标达成率≥90%(假设)为合格。'],
      excellence: ['季度内新签经销商数量超过计划。'],
    });
    expect(jd.terms.map((t) => [t.term, t.alias, t.definition])).toEqual([
      ['经销商', undefined, '从企业购进产品并转售给下游客户的独立商业伙伴。'],
      ['铺货', '首批铺货', '把产品首次配送到经销商和终端门店的过程。'],
      ['渠道', '销售渠道', '产品从企业到达最终客户所经过的路径,包括经销商、零售终端等环节。'],
    ]);
    expect(roleTitleFrom(jd.title!)).toBe('渠道专员');
  });

  it('reports each line it could not place, with its line number', () => {
    const lines = readFileSync(FIXTURE, 'utf8').split('\n');
    expect(jd.unplaced).toEqual([
      { line: 2, text: lines[1] },
      { line: 8, text: lines[7] },
    ]);
  });

  it('writes drafts that pass the content check', async () => {
    // The fixture is not one of the five sources; a real one would be added to
    // sources/ first. Any listed source file lets the schema check run.
    const source = Object.keys(SOURCES)[0]!;
    const drafts = makeDrafts(jd, { role: 'channel-specialist', source });
    expect(drafts.map((d) => d.collection).sort()).toEqual([
      'cases',
      ...Array(3).fill('glossary'),
      ...Array(3).fill('responsibilities'),
      'roles',
    ]);
    expect(ofKind(drafts, 'roles')[0]!['title']).toBe('渠道专员');
    expect(await problemsWith(drafts)).toEqual([]);
  });

  it('fills a field the document lacks with a visible marker, and still passes', async () => {
    const jd2 = parseJobDescription('三、典型案例\n案例一:只有背景\n背景:某客户提出投诉。\n');
    const [kase] = ofKind(
      makeDrafts(jd2, { role: 'channel-specialist', source: SOURCE_000 }),
      'cases',
    );
    expect(kase).toMatchObject({
      background: '某客户提出投诉。',
      result: MISSING,
      method: [MISSING],
    });
  });
});

describe('chineseNumber', () => {
  it.each([
    ['一', 1],
    ['七', 7],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['二十三', 23],
    ['8', 8],
  ])('%s = %i', (s, n) => expect(chineseNumber(s)).toBe(n));
});

// Each run starts Node and type-strips the script: seconds on a shared machine.
describe('npm run import (the CLI)', { timeout: 30_000 }, () => {
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ['scripts/import-jd.ts', ...args], { encoding: 'utf8' });

  it('writes drafts, lists unplaced lines, then refuses to overwrite unless --force', () => {
    const out = mkdtempSync(join(tmpdir(), 'rolebook-import-cli-'));
    cpSync('content', out, { recursive: true });
    const args = [FIXTURE, '--out', out, '--role', 'channel-specialist', '--source', SOURCE_000];
    const first = cli(args);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain(`${FIXTURE}:2: 编制说明`);
    expect(first.stdout).toContain(`${FIXTURE}:8: 备注`);
    expect(first.stdout).toContain('npm run check:content');
    const role = join(out, 'roles/channel-specialist.mdx');
    expect(readFileSync(role, 'utf8')).toContain('title: 渠道专员');

    writeFileSync(role, readFileSync(role, 'utf8').replace('title: 渠道专员', 'title: 渠道经理'));
    const again = cli(args);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('roles/channel-specialist.mdx');
    expect(readFileSync(role, 'utf8')).toContain('title: 渠道经理');

    expect(cli([...args, '--force']).status).toBe(0);
    expect(readFileSync(role, 'utf8')).toContain('title: 渠道专员');
  });

  it('refuses a file that is not a listed source, and a bad role id, writing nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'rolebook-import-cli-'));
    const unknown = cli([FIXTURE, '--out', out]);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--source');
    const bad = cli([
      FIXTURE,
      '--out',
      out,
      '--source',
      SOURCE_000,
      '--role',
      'Channel_Specialist',
    ]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('kebab-case');
    expect(existsSync(join(out, 'roles'))).toBe(false);
  });

  it('skips a term the glossary already has', () => {
    const out = mkdtempSync(join(tmpdir(), 'rolebook-import-cli-'));
    cpSync('content', out, { recursive: true });
    const before = snapshot('content');
    const run = cli([join('sources', SOURCE_001), '--out', out, '--role', 'imported-001']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/术语「KPI」已有词条 .*glossary\/kpi\.yaml/);
    expect(existsSync(join(out, 'glossary/imported-001-term-1.yaml'))).toBe(false);
    // It wrote to --out only: the real content/ is as it was.
    expect(snapshot('content')).toEqual(before);
  });
});

/** Every file under a folder with its text, to show a command left it alone. */
function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) =>
    d.isFile(),
  );
  return Object.fromEntries(
    files.map((d) => {
      const path = join(d.parentPath, d.name);
      return [path, readFileSync(path, 'utf8')];
    }),
  );
}
