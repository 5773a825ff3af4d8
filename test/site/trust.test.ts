import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Handbook } from '../../src/lib/content/build-handbook.ts';
import { roleKpiLines } from '../../src/lib/content/kpi-lines.ts';
import { builtPages, mainText } from '../support/dist.ts';
import { loadTestHandbook } from '../support/handbook.ts';

const pages = builtPages();
const source = (file: string) => readFileSync(`sources/${file}`, 'utf8').replace(/\s+/g, '');
const squash = (s: string) => s.replace(/\s+/g, '');
let handbook: Handbook;
beforeAll(async () => {
  handbook = await loadTestHandbook();
});

type Basis = { source?: { file: string; quote: string } | undefined; assumption: boolean };
/** A cited phrase must be in the cited file, and the file among the owner's sources. */
function citationProblem(b: Basis, owner: readonly string[], must: string): string | undefined {
  if (b.assumption && !b.source) return undefined;
  if (!b.source) return 'neither a source nor 假设';
  if (!owner.includes(b.source.file))
    return `cites ${b.source.file}, which is not the owner’s source`;
  if (!source(b.source.file).includes(squash(b.source.quote)))
    return `“${b.source.quote}” is not in ${b.source.file}`;
  if (!b.source.quote.includes(must)) return `“${b.source.quote}” does not say ${must}`;
  return undefined;
}

/** The rows of a role page's KPI table: KPI name → cell text. */
function kpiRows(html: string): Map<string, string> {
  const section = /<section aria-labelledby="kpis"[\s\S]*?<\/table>/.exec(html)?.[0] ?? '';
  const rows = [
    ...section.matchAll(
      /<tr[^>]*><th scope="row"[^>]*>([\s\S]*?)<\/th><td[^>]*>([\s\S]*?)<\/td><\/tr>/g,
    ),
  ];
  return new Map(rows.map((m) => [mainText(m[1]!), mainText(m[2]!)]));
}

describe('a threshold shown on a role comes from that role’s own sources or says 假设', () => {
  it('cites, for every line a role sets, a phrase of one of the role’s sources that gives the number', () => {
    const problems: string[] = [];
    for (const role of handbook.roles)
      for (const { kpi, lines } of roleKpiLines(handbook, role))
        for (const [name, n] of [
          ['pass', lines.pass],
          ['excellent', lines.excellent],
          ['goal', lines.goal],
        ] as const) {
          if (!n) continue;
          const p = citationProblem(n, role.data.source, String(n.value));
          if (p) problems.push(`${role.id} ${kpi.id} ${name}: ${p}`);
        }
    expect(problems).toEqual([]);
    expect(
      handbook.roles.flatMap((r) => roleKpiLines(handbook, r)).filter((k) => k.lines.pass).length,
    ).toBeGreaterThan(2);
  });

  it('shows on each role page exactly the role’s own lines, and 来源未给出 where its sources give none', () => {
    let checked = 0;
    for (const role of handbook.roles) {
      const rows = kpiRows(pages.get(`/roles/${role.id}/`) ?? '');
      for (const { kpi, lines } of roleKpiLines(handbook, role)) {
        const cell = rows.get(kpi.data.name);
        expect(cell, `${role.id}: ${kpi.data.name}`).toBeDefined();
        for (const [label, n] of [
          ['合格', lines.pass],
          ['优秀', lines.excellent],
        ] as const) {
          if (n)
            expect(cell).toContain(`${label}${lines.direction === 'higher' ? '≥' : '≤'}${n.value}`);
          else
            expect(
              cell,
              `${role.id}: ${kpi.data.name} shows a ${label} line its sources do not give`,
            ).not.toMatch(new RegExp(`${label}[≥≤]`));
          if (n?.assumption) expect(cell).toMatch(new RegExp(`${label}[≥≤]${n.value}[^;]*假设`));
        }
        if (!lines.pass && !lines.excellent) expect(cell).toContain('来源未给出');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('keeps 000’s and 001’s 客户满意度 lines off the roles of 002 and 004, and 001’s 分 as 分', () => {
    for (const id of ['sales-account-supervisor', 'key-account-manager', 'account-specialist'])
      expect(kpiRows(pages.get(`/roles/${id}/`) ?? '').get('客户满意度')).toContain('来源未给出');
    const bd = kpiRows(pages.get('/roles/business-director/') ?? '');
    expect(bd.get('客户满意度')).toContain('合格≥80分');
    expect(bd.get('客户流失率')).toContain('来源未给出');
  });
});

describe('every unit is sourced or labelled', () => {
  it('cites, for every KPI unit and role unit, a phrase that writes the unit', () => {
    const problems: string[] = [];
    for (const k of handbook.kpis)
      if (k.data.unit) {
        const p = citationProblem(
          k.data.unit,
          k.data.source,
          k.data.unit.value.replace(/\(.*\)$/, ''),
        );
        if (p) problems.push(`${k.id}: ${p}`);
      }
    for (const role of handbook.roles)
      for (const use of role.data.kpis)
        if (use.unit) {
          const p = citationProblem(use.unit, role.data.source, use.unit.value);
          if (p) problems.push(`${role.id} ${use.kpi.id}: ${p}`);
        }
    expect(problems).toEqual([]);
  });

  it('marks every scorecard unit the sheet’s source does not write as 假设 on its page', () => {
    let units = 0;
    for (const card of handbook.scorecards) {
      const text = mainText(pages.get(`/scorecards/${card.id}/`) ?? '');
      for (const ind of card.data.indicators) {
        if (!ind.unit) continue;
        units++;
        const basis = ind.unitBasis as Basis | undefined;
        expect(basis, `${card.id} ${ind.id}`).toBeDefined();
        if (basis!.assumption)
          expect(text, `${card.id} ${ind.id}`).toContain(`单位:${ind.unit}(假设)`);
        else expect(citationProblem(basis!, card.data.source, ind.unit)).toBeUndefined();
      }
    }
    expect(units).toBeGreaterThan(3);
  });
});

describe('compiled text is labelled', () => {
  it('labels every role summary that is not the sources’ words as 由本手册整理', () => {
    for (const role of handbook.roles) {
      const verbatim = role.data.source.some((f) => source(f).includes(squash(role.data.summary)));
      const html = pages.get(`/roles/${role.id}/`) ?? '';
      const summary = mainText(/<h2 id="summary"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '').slice(
        0,
        60,
      );
      expect(summary, role.id).toMatch(/^岗位概述/);
      if (!verbatim) expect(summary, role.id).toContain('由本手册整理');
      else expect(summary, role.id).not.toContain('由本手册整理');
    }
  });

  it('titles a sheet whose weights no source gives 示例考核表 and says up front who compiled it', () => {
    const own = handbook.scorecards.filter((c) =>
      c.data.indicators.every((i) => (i.weightBasis as Basis | undefined)?.assumption),
    );
    expect(own.map((c) => c.id).sort()).toEqual([
      'business-director-annual',
      'customer-representative-annual',
    ]);
    for (const c of own) {
      expect(c.data.title).toContain('示例考核表');
      const text = mainText(pages.get(`/scorecards/${c.id}/`) ?? '');
      const h1 = text.indexOf(c.data.title);
      expect(text.indexOf('示例考核表,由本手册依据来源整理')).toBeGreaterThan(h1);
      expect(text.indexOf('示例考核表,由本手册依据来源整理') - h1).toBeLessThan(200);
    }
  });

  it('does not claim on any page that all text is verbatim', () => {
    for (const [url, html] of pages) expect(mainText(html), url).not.toContain('文字按原文转录');
  });
});

describe('a role with several source versions labels every section', () => {
  it('tags each section of the page with its version and counts responsibilities per version', () => {
    const versioned = handbook.roles.filter((r) => r.data.versions.length > 1);
    expect(versioned.length).toBeGreaterThan(0);
    for (const role of versioned) {
      const html = pages.get(`/roles/${role.id}/`) ?? '';
      const sections = [
        ...html.matchAll(
          /<section aria-labelledby="([a-z]+)"[^>]*><h2[^>]*>[^<]*<\/h2>(<p class="version-tag"[^>]*>((?:<span[^>]*>)?[^<]*))?/g,
        ),
      ];
      expect(sections.length).toBeGreaterThan(8);
      // 修订记录 is the handbook's own record of changes, not a section of any source.
      for (const m of sections.filter((s) => s[1] !== 'revisions'))
        expect(m[3]?.replace(/<[^>]+>/g, ''), `${role.id} #${m[1]} has no version label`).toMatch(
          /^出自:/,
        );
      const text = mainText(html);
      expect(text).toContain('本岗位有2个版本');
      for (const v of role.data.versions) {
        const n = handbook
          .responsibilitiesOf(role.id)
          .filter((x) => x.data.version === v.id).length;
        expect(text).toContain(`${v.label}:${n}项职责`);
      }
      expect(text).not.toContain(`职责数${handbook.responsibilitiesOf(role.id).length}项`);
    }
  });

  it('shows the versions’ conflicting words side by side', () => {
    const html = pages.get('/roles/sales-account-supervisor/') ?? '';
    const table = mainText(
      /<caption[^>]*>两个版本说法不同的地方[\s\S]*?<\/table>/.exec(html)?.[0] ?? '',
    );
    for (const words of ['5年以上', '3-5年', '商务管理', '工商管理'])
      expect(table).toContain(words);
  });
});
