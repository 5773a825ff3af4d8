/**
 * Site paths that are pages get the /en prefix. Files (scripts, the search index,
 * /api/ JSON, the sitemap, icons, print stylesheets, .docx and .pdf) stay as they are, and so does a link written
 * `hreflang="zh-CN" href="…"`: the language switch to the Chinese page.
 */
const PAGE_LINK =
  /(?<!hreflang="zh-CN")(\s(?:href|action)=")\/(?!en\/|_astro\/|pagefind\/|api\/|favicon|sitemap|robots|[^"]*\.(?:css|docx|pdf|json|xml|txt|svg|js)")/g;

export function localizeLinks(html: string): string {
  return html.replace(PAGE_LINK, '$1/en/');
}

/**
 * The English search index holds English text: Chinese passages on an English page
 * (marked lang="zh-CN") are left out of it, since Pagefind's English index cannot
 * segment Chinese into words; Chinese readers search the Chinese index at /search/.
 */
export function ignoreChineseInIndex(html: string): string {
  return html.replace(/<[a-z][a-z0-9]*\b[^>]*\slang="zh-CN"[^>]*>/g, (tag) =>
    tag.includes(' data-pagefind-ignore')
      ? tag
      : tag.replace(' lang="zh-CN"', ' lang="zh-CN" data-pagefind-ignore'),
  );
}
