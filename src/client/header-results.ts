import { loadPagefind, renderHits, search } from './pagefind-client';

export { loadPagefind };

/**
 * The header box's panel for a query: the top six hits and a link to the whole
 * list on /search/, with the line its live status reads.
 */
export async function topResults(q: string): Promise<{ panel: HTMLElement[]; status: string }> {
  const { total, hits } = await search(q, [], 6);
  const list = document.createElement('ul');
  list.className = 'hits';
  renderHits(list, hits);
  const more = document.createElement('a');
  more.className = 'hits-more';
  const en = document.documentElement.lang === 'en';
  more.href = `${en ? '/en' : ''}/search/?q=${encodeURIComponent(q)}`;
  more.textContent = en
    ? total
      ? `See all ${total} results`
      : 'No results; open the search page'
    : total
      ? `查看全部 ${total} 条结果`
      : '没有找到结果,打开搜索页';
  const status = en
    ? total
      ? `${total} results found; press the down arrow to browse`
      : 'No results'
    : total
      ? `找到 ${total} 条结果,按向下键浏览`
      : '没有找到结果';
  return { panel: [list, more], status };
}
