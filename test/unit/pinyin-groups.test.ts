import { describe, expect, it } from 'vitest';
import { groupByPinyin, pinyinLetter } from '../../src/lib/content/pinyin-groups';

describe('pinyin letters for the glossary index', () => {
  it.each([
    ['客户满意度', 'K'],
    ['交叉销售', 'J'],
    ['权重', 'Q'],
    ['市场调研', 'S'],
    ['岗位说明书', 'G'],
    ['大客户', 'D'],
    ['完成率', 'W'],
    ['销售漏斗', 'X'],
    ['增值销售', 'Z'],
    ['阿', 'A'],
    ['做', 'Z'],
    ['SWOT分析', 'S'],
    ['KPI', 'K'],
    ['crm', 'C'],
    ['3C', '#'],
  ])('%s → %s', (term, letter) => {
    expect(pinyinLetter(term)).toBe(letter);
  });

  it('groups A–Z with # last, each in zh-CN collation order', () => {
    const groups = groupByPinyin(
      ['销售业绩', 'SWOT分析', '市场调研', '3C', 'KPI', '客户满意度', '权重'],
      (t) => t,
    );
    expect(groups.map((g) => g.letter)).toEqual(['K', 'Q', 'S', 'X', '#']);
    const collator = new Intl.Collator('zh-CN');
    for (const g of groups) expect(g.items).toEqual([...g.items].sort(collator.compare));
    expect(groups.find((g) => g.letter === 'S')?.items).toEqual(['市场调研', 'SWOT分析']);
  });
});
