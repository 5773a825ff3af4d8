import { describe, expect, it } from 'vitest';
import { layoutRows, layoutSpokes, textEm, wrapLabel } from '../../src/lib/content/role-map.ts';
import { parseRoles, rowDiffers } from '../../src/lib/content/compare-view.ts';
import {
  compareRole,
  lineRuns,
  type CompareItem,
  type CompareLanguage,
} from '../../src/lib/content/compare.ts';
import type { KpiLines } from '../../src/lib/content/kpi-lines.ts';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as zh } from '../../src/i18n/zh.ts';
import { loadTestHandbook } from '../support/handbook.ts';

describe('diagram layout', () => {
  it('wraps a long Chinese label within the width and keeps Latin words whole', () => {
    const lines = wrapLabel('销售总监或客户总监兼华东大区负责人', 6);
    expect(lines.join('')).toBe('销售总监或客户总监兼华东大区负责人');
    for (const l of lines) expect(textEm(l)).toBeLessThanOrEqual(6);
    expect(wrapLabel('KPI 考核专员', 3)).toContain('KPI');
  });

  it('stacks rows inside a phone-sized width, boxes of a row side by side, connectors between rows', () => {
    const l = layoutRows([
      { label: '直接上级', nodes: [{ label: '甲' }, { label: '乙' }] },
      { label: '本岗位', nodes: [{ label: '丙', self: true }] },
    ]);
    expect(l.width).toBe(300);
    for (const b of l.boxes.flat()) expect(b.x + b.w).toBeLessThanOrEqual(300);
    expect(l.boxes[0]![0]!.x + l.boxes[0]![0]!.w).toBeLessThan(l.boxes[0]![1]!.x);
    expect(l.boxes[1]![0]!.y).toBeGreaterThan(l.boxes[0]![0]!.y + l.boxes[0]![0]!.h);
    expect(l.links).toHaveLength(2);
    expect(l.height).toBeGreaterThanOrEqual(l.boxes[1]![0]!.y + l.boxes[1]![0]!.h);
  });

  it('gives the collaboration map one box a department, none overlapping', () => {
    const m = layoutSpokes('客户代表', ['市场部', '财务部', '售后服务团队']);
    expect(m.spokes).toHaveLength(3);
    for (let i = 1; i < 3; i++)
      expect(m.spokes[i]!.y).toBeGreaterThanOrEqual(m.spokes[i - 1]!.y + m.spokes[i - 1]!.h);
    expect(m.hub.x + m.hub.w).toBeLessThan(m.spokes[0]!.x);
  });
});

describe('compare: the address and the differences', () => {
  it('reads ?roles=a,b and the form’s roles=a&roles=b alike, and refuses bad input', () => {
    expect(parseRoles('?roles=a,b')).toEqual({ ids: ['a', 'b'] });
    expect(parseRoles('?roles=a&roles=b&roles=c')).toEqual({ ids: ['a', 'b', 'c'] });
    expect(parseRoles('')).toBeUndefined();
    expect(parseRoles('?roles=a')).toEqual({ error: 'count' });
    expect(parseRoles('?roles=a,b,c,d')).toEqual({ error: 'count' });
    expect(parseRoles('?roles=a,<b>')).toEqual({ error: 'notId', id: '<b>' });
  });

  it('marks a row different when any role says something else', () => {
    const role = (t: string[]) => ({ rows: { department: t.map((x) => ({ t: x })) } }) as never;
    expect(rowDiffers([role(['销售部']), role(['销售部'])], 'department')).toBe(false);
    expect(rowDiffers([role(['销售部']), role(['销售部']), role([])], 'department')).toBe(true);
  });
});

describe('compare: each language’s words and names', () => {
  const ZH: CompareLanguage = { english: false, lines: zh.comparePage.lines };
  const EN: CompareLanguage = { english: true, lines: en.comparePage.lines };
  const sourced = (value: number, assumption = false) => ({ value, assumption });
  const lines = (over: Partial<KpiLines>): KpiLines => ({
    owner: { collection: 'roles', id: 'x', title: 'x', href: '/roles/x/' },
    direction: 'higher',
    unit: { value: '%', assumption: false },
    pass: undefined,
    excellent: undefined,
    goal: undefined,
    ...over,
  });
  const text = (runs: { t: string }[]) => runs.map((r) => r.t).join('');

  it('writes a KPI’s lines in Chinese as the role pages do, and in English on English pages', () => {
    const l = lines({ pass: sourced(90, true), excellent: sourced(110) });
    expect(text(lineRuns(l, ZH))).toBe('合格 ≥90%(假设);优秀 ≥110%');
    expect(text(lineRuns(l, EN))).toBe('pass ≥ 90% (assumption); excellent ≥ 110%');
    const goal = lines({ goal: sourced(5), direction: 'lower' });
    expect(text(lineRuns(goal, ZH))).toBe(
      '来源未给出合格 / 优秀线;工作计划目标 ≤5%(是目标,不是合格线)',
    );
    expect(text(lineRuns(goal, EN))).toBe(
      'the source gives no pass / excellent line; work plan goal ≤ 5% (a goal, not a pass line)',
    );
  });

  it('keeps a Chinese unit as the content writes it, marked as Chinese on an English page', () => {
    const l = lines({ unit: { value: '分', assumption: true }, pass: sourced(70) });
    expect(lineRuns(l, EN)).toEqual([
      { t: 'pass ≥ 70' },
      { t: '分', l: 'zh-CN' },
      { t: ' (the unit “' },
      { t: '分', l: 'zh-CN' },
      { t: '” is an assumption)' },
    ]);
    expect(lineRuns(l, ZH).some((r) => r.l)).toBe(false);
    expect(text(lineRuns(l, ZH))).toBe('合格 ≥70分(单位“分”为假设)');
  });

  it('names roles and entries in English with /en/ links, and marks the Chinese left', async () => {
    const handbook = await loadTestHandbook();
    const role = handbook.byId.roles.get('sales-account-supervisor')!;
    const zhRole = compareRole(handbook, role, ZH);
    const enRole = compareRole(handbook, role, EN);
    expect([zhRole.title, enRole.title]).toEqual(['销售客户主管', 'Sales Account Supervisor']);
    expect(enRole.href).toBe('/en/roles/sales-account-supervisor/');
    expect(enRole.rows.department).toEqual([{ t: 'Sales' }]);
    expect(enRole.rows.nature).toEqual([{ t: '管理岗位', l: 'zh-CN' }]);
    expect(enRole.rows.career).toEqual([
      {
        t: 'Sales Account Supervisor → 销售经理 → 销售总监或客户总监',
        r: [
          { t: 'Sales Account Supervisor → ' },
          { t: '销售经理', l: 'zh-CN' },
          { t: ' → ' },
          { t: '销售总监或客户总监', l: 'zh-CN' },
        ],
      },
    ]);
    const all = (r: typeof enRole) => Object.values(r.rows).flat() as CompareItem[];
    for (const i of all(enRole)) {
      // A run-by-run item reads as its text; no Chinese is left unmarked.
      if (i.r) expect(text(i.r)).toBe(i.t);
      const unmarked = i.l ? '' : i.r ? text(i.r.filter((x) => !x.l)) : i.t;
      expect(unmarked, i.t).not.toMatch(/[\u3400-\u9fff]/);
      if (i.h) expect(i.h).toMatch(/^\/en\//);
    }
    // The Chinese page's data has no language marks and no /en/ links.
    for (const i of all(zhRole)) {
      expect(i.l ?? i.r).toBeUndefined();
      if (i.h) expect(i.h).not.toMatch(/^\/en\//);
    }
  });
});
