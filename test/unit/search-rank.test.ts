import { describe, expect, it } from 'vitest';
import { splitExcerpt, titleRank } from '../../src/client/pagefind-client.ts';

describe('search result order', () => {
  it.each([
    ['大客户', '大客户', [0, 0]],
    ['SWOT分析', 'swot', [1, 6]],
    ['客户专员月度考核表(一)', '月度考核表', [2, 12]],
    ['大客户经理', '销售漏斗', [3, 0]],
  ] as const)('ranks the title %s for the query %s as %j', (title, q, rank) => {
    expect(titleRank(title, q)).toEqual(rank);
  });

  it('puts a shorter title that contains the query before a longer one', () => {
    const a = titleRank('客户专员月度考核表(一)', '月度考核表');
    const b = titleRank('大客户分析表与客户专员月度考核表', '月度考核表');
    expect(a[0]).toBe(b[0]);
    expect(a[1]).toBeLessThan(b[1]);
  });

  it('turns Pagefind excerpts into text runs, never HTML', () => {
    expect(splitExcerpt('用于 <mark>SWOT</mark> 分析 &lt;script&gt;')).toEqual([
      { text: '用于 ', mark: false },
      { text: 'SWOT', mark: true },
      { text: ' 分析 <script>', mark: false },
    ]);
  });
});
