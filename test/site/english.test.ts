import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from '../support/dist.ts';
import { pageScripts } from '../support/weight.ts';

const pages = builtPages();
const paired = [...pages.keys()].filter((u) => !/^(\/en)?\/404/.test(u));
const zhPages = paired.filter((u) => !u.startsWith('/en/'));
const enPages = paired.filter((u) => u.startsWith('/en/'));
const counterpart = (u: string) => (u.startsWith('/en/') ? u.slice(3) : `/en${u}`);

const alternates = (html: string) =>
  Object.fromEntries(
    [
      ...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="https?:\/\/[^/"]+([^"]*)"/g),
    ].map((m) => [m[1]!, m[2]!]),
  );
const h1 = (html: string) =>
  /<h1[^>]*>([\s\S]*?)<\/h1>/
    .exec(html)?.[1]
    ?.replace(/<[^>]+>/g, '')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
    .trim();
const entries = (collection: string) =>
  readdirSync(join('content', collection))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => ({
      id: f.replace(/\.yaml$/, ''),
      data: parse(readFileSync(join('content', collection, f), 'utf8')) as Record<string, string>,
    }));

describe('the handbook in English at /en/', () => {
  it('has an English page for every Chinese page', () => {
    expect(zhPages.length).toBeGreaterThan(100);
    expect(enPages.filter((u) => !pages.has(counterpart(u)))).toEqual([]);
    expect(zhPages.filter((u) => !pages.has(counterpart(u)))).toEqual([]);
  });

  it.each(paired.map((u) => [u]))(
    '%s has lang, hreflang pairs both ways and a language switch',
    (url) => {
      const html = pages.get(url)!;
      const en = url.startsWith('/en/');
      expect(html).toMatch(en ? /<html lang="en"/ : /<html lang="zh-CN"/);
      const zhUrl = en ? counterpart(url) : url;
      const enUrl = en ? url : counterpart(url);
      expect(alternates(html)).toEqual({ 'zh-CN': zhUrl, en: enUrl, 'x-default': zhUrl });
      // The other page points back at this one.
      expect(alternates(pages.get(counterpart(url))!)[en ? 'en' : 'zh-CN']).toBe(url);
      const other = en ? 'zh-CN' : 'en';
      expect(html).toContain(`<a hreflang="${other}" href="${counterpart(url)}" lang="${other}"`);
    },
  );

  it('keeps a reader of an English page on English pages', () => {
    const strays = enPages.flatMap((url) =>
      [...pages.get(url)!.matchAll(/<(a|form)\b([^>]*)\s(?:href|action)="(\/[^"]*)"/g)]
        .filter(
          ([, , attrs, href]) => !attrs!.includes('hreflang="zh-CN"') && !href!.startsWith('/en/'),
        )
        // Files (the .docx of a role, the handbook PDF) are one per role, not per language.
        .filter(
          ([, , , href]) =>
            !/^\/(sitemap-index\.xml|api\/|pagefind\/|_astro\/)/.test(href!) &&
            !/\.(docx|pdf)$/.test(href!),
        )
        .map(([, , , href]) => `${url} → ${href}`),
    );
    expect(strays).toEqual([]);
  });

  it.each([
    ['kpis', 'nameEn'],
    ['glossary', 'termEn'],
    ['departments', 'nameEn'],
    ['cases', 'titleEn'],
    ['responsibilities', 'titleEn'],
    ['scorecards', 'titleEn'],
  ])('titles every /en/%s/ page with the entry’s English name', (collection, field) => {
    const list = entries(collection);
    expect(list.length).toBeGreaterThan(3);
    for (const { id, data } of list) {
      const en = pages.get(`/en/${collection}/${id}/`);
      expect(en, id).toBeDefined();
      expect(h1(en!), id).toBe(data[field] ?? data['name'] ?? data['term'] ?? data['title']);
      if (!data[field]) expect(en, id).toContain('(Chinese only)');
      // The Chinese page keeps its Chinese name.
      expect(h1(pages.get(`/${collection}/${id}/`)!), id).not.toBe(data[field]);
    }
  });

  it('titles the role pages in English and gives the Chinese title beside it', () => {
    const html = pages.get('/en/roles/customer-representative/')!;
    expect(h1(html)).toBe('Customer Representative');
    expect(html).toMatch(/<p class="lead" lang="zh-CN"[^>]*>\s*客户代表\s*<\/p>/);
  });

  it('shows English interface strings and marks Chinese content as Chinese', () => {
    const kpi = pages.get('/en/kpis/customer-satisfaction/')!;
    for (const s of [
      'Direction',
      'Higher is better',
      'Pass and excellent lines by role and scorecard',
      'Skip to content',
      'Main navigation',
    ])
      expect(kpi).toContain(s);
    expect(kpi).toMatch(/<p lang="zh-CN"[^>]*>\s*通过定期调查获取的顾客对服务或产品的满意程度/);
    expect(kpi).not.toContain('越高越好');
    const home = pages.get('/en/')!;
    expect(home).toContain('Choose your role');
    expect(home).not.toContain('选择你的岗位');
    // An untranslated page body is marked as Chinese.
    expect(pages.get('/en/departments/finance/')).toMatch(/<article class="prose" lang="zh-CN"/);
  });

  it.each([
    ['/tools/scorecard/'],
    ['/roles/customer-representative/'],
    ['/scorecards/business-director-annual/'],
  ])('%s and its English page each load their own language’s grader strings only', (url) => {
    const code = (u: string) => {
      const { initial, onUse } = pageScripts(pages.get(u)!);
      return [...initial, ...onUse].map((s) => s.code).join('\n');
    };
    const zh = code(url);
    const en = code(`/en${url}`);
    // A template of each language's working (计算过程), and a label.
    expect(zh).toContain('完成率 = {actual} ÷ {plan}');
    expect(zh).not.toContain('Completion rate = {actual}');
    expect(en).toContain('Completion rate = {actual} ÷ {plan}');
    expect(en).not.toContain('完成率 = {actual}');
    expect(en).not.toContain('表格视图');
    // The strings ride in the script, not in the page: the island's props carry the sheet only.
    const props = [...pages.get(`/en${url}`)!.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)]
      .map((m) => m[1])
      .join('\n');
    expect(props).toContain('indicators');
    expect(props).not.toContain('Completion rate');
  });

  it('builds an English search index beside the Chinese one', () => {
    const files = readdirSync(join(DIST, 'pagefind'));
    expect(files.some((f) => /^pagefind\.en_[0-9a-f]+\.pf_meta$/.test(f))).toBe(true);
    expect(files.some((f) => /^pagefind\.zh-cn_[0-9a-f]+\.pf_meta$/.test(f))).toBe(true);
    expect(existsSync(join(DIST, 'pagefind', 'wasm.en.pagefind'))).toBe(true);
  });
});
