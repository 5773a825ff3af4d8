import { describe, expect, it } from 'vitest';
import { layoutRows, layoutSpokes, textEm, wrapLabel } from '../../src/lib/content/role-map.ts';
import { parseRoles, rowDiffers } from '../../src/lib/content/compare-view.ts';

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
    expect(parseRoles('?roles=a')).toEqual({ error: '请选择两个或三个岗位' });
    expect(parseRoles('?roles=a,b,c,d')).toEqual({ error: '请选择两个或三个岗位' });
    expect(parseRoles('?roles=a,<b>')).toEqual({ error: '“<b>”不是岗位编号' });
  });

  it('marks a row different when any role says something else', () => {
    const role = (t: string[]) => ({ rows: { department: t.map((x) => ({ t: x })) } }) as never;
    expect(rowDiffers([role(['销售部']), role(['销售部'])], 'department')).toBe(false);
    expect(rowDiffers([role(['销售部']), role(['销售部']), role([])], 'department')).toBe(true);
  });
});
