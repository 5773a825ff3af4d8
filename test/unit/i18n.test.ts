import { describe, expect, it } from 'vitest';
import { localName, localNameText, localePath, stripLocale } from '../../src/i18n/index.ts';
import { ui as en } from '../../src/i18n/en.ts';
import { ui as zh } from '../../src/i18n/zh.ts';
import { ignoreChineseInIndex, localizeLinks } from '../../src/i18n/links.ts';
import { grader as graderEn } from '../../src/i18n/grader/en.ts';
import { grader as graderZh } from '../../src/i18n/grader/zh.ts';
import { targets as targetsEn } from '../../src/i18n/targets/en.ts';
import { targets as targetsZh } from '../../src/i18n/targets/zh.ts';
import { team as teamEn } from '../../src/i18n/team/en.ts';
import { team as teamZh } from '../../src/i18n/team/zh.ts';
import { sheet as sheetEn } from '../../src/i18n/team/sheet-en.ts';
import { sheet as sheetZh } from '../../src/i18n/team/sheet-zh.ts';
import { englishName } from '../../src/schemas/common.ts';

const keys = (o: object, prefix = ''): string[] =>
  Object.entries(o).flatMap(([k, v]) =>
    v && typeof v === 'object' ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`],
  );

describe('the English interface strings', () => {
  it('have every key the Chinese ones have, and no string left in Chinese', () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
    const chinese = keys(en).filter((k) => {
      const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], en);
      // The switch to Chinese is named in Chinese, as language switches are.
      return (
        k !== 'otherLanguage' &&
        typeof v === 'string' &&
        /[\u3400-\u9fff]/.test(v.replace('假设', ''))
      );
    });
    expect(chinese).toEqual([]);
  });
});

describe.each([
  ['scorecard grader', graderZh, graderEn],
  ['target breakdown', targetsZh, targetsEn],
  ['team grader', teamZh, teamEn],
  ['team grader’s .xlsx reading', sheetZh, sheetEn],
])('the %s’s strings', (_name, zhStrings, enStrings) => {
  const value = (o: object, k: string) =>
    k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)[p], o);
  // A month may be numbered ({m}, 3月) in one language and named ({mon}, March) in the other.
  const slots = (v: unknown) =>
    typeof v === 'string'
      ? [...new Set(v.match(/\{\w+\}/g)?.map((x) => (x === '{mon}' ? '{m}' : x)))].sort()
      : [];

  it('have the same keys in English as in Chinese, and no Chinese left in the English', () => {
    expect(keys(enStrings).sort()).toEqual(keys(zhStrings).sort());
    // “No 万” tells a reader not to type the Chinese ten-thousand after a number.
    const chinese = keys(enStrings).filter((k) =>
      /[\u3400-\u9fff]/.test(String(value(enStrings, k)).replace('no 万', '')),
    );
    expect(chinese).toEqual([]);
  });

  it('fill the same slots in both languages, a template leaving out only the Chinese label', () => {
    const differ = keys(zhStrings).filter((k) => {
      const zh = slots(value(zhStrings, k)).filter((s) => s !== '{label}');
      const en = slots(value(enStrings, k)).filter((s) => s !== '{label}');
      return zh.join() !== en.join();
    });
    expect(differ).toEqual([]);
  });
});

describe('English names', () => {
  it('uses the English name on /en/ and the Chinese one at /', () => {
    expect(localName('en', '客户满意度', 'Customer satisfaction')).toEqual({
      text: 'Customer satisfaction',
      fallback: false,
    });
    expect(localName('zh-CN', '客户满意度', 'Customer satisfaction').text).toBe('客户满意度');
  });

  it('falls back to the Chinese name, marked as Chinese and as such', () => {
    expect(localName('en', '后台响应', undefined)).toEqual({
      text: '后台响应',
      lang: 'zh-CN',
      fallback: true,
    });
    expect(localNameText('en', '后台响应', undefined)).toBe('后台响应 (Chinese only)');
  });

  it.each(['客户满意度', ' ', '', 'Customer 满意度', '-dash first'])('refuses %j', (v) => {
    expect(englishName.safeParse(v).success).toBe(false);
  });

  it('accepts plain English, trimmed', () => {
    expect(englishName.parse(' Key Account Manager duties, items 3–12 ')).toBe(
      'Key Account Manager duties, items 3–12',
    );
    expect(englishName.parse("the company's targets; (annual)")).toBe(
      "the company's targets; (annual)",
    );
  });
});

describe('paths and links on English pages', () => {
  it('maps a page to its counterpart', () => {
    expect(localePath('en', '/kpis/x/')).toBe('/en/kpis/x/');
    expect(localePath('en', '/en/kpis/x/')).toBe('/en/kpis/x/');
    expect(localePath('zh-CN', '/en/kpis/x/')).toBe('/kpis/x/');
    expect(localePath('zh-CN', '/en/')).toBe('/');
    expect(stripLocale('/entries/')).toBe('/entries/');
  });

  it('points page links at /en/ and leaves files and the switch to Chinese alone', () => {
    const html = [
      '<a href="/">home</a>',
      '<a href="/kpis/x/#lines">kpi</a>',
      '<form action="/search/" method="get">',
      '<a hreflang="zh-CN" href="/kpis/x/" lang="zh-CN">中文</a>',
      '<link rel="icon" href="/favicon.svg">',
      '<script src="/_astro/a.js"></script><a href="/api/kpis.json">json</a>',
      '<a href="/sitemap-index.xml">map</a><a href="/en/roles/">en</a><a href="#x">x</a>',
      '<a href="https://example.com/">out</a>',
    ].join('');
    expect(localizeLinks(html)).toBe(
      [
        '<a href="/en/">home</a>',
        '<a href="/en/kpis/x/#lines">kpi</a>',
        '<form action="/en/search/" method="get">',
        '<a hreflang="zh-CN" href="/kpis/x/" lang="zh-CN">中文</a>',
        '<link rel="icon" href="/favicon.svg">',
        '<script src="/_astro/a.js"></script><a href="/api/kpis.json">json</a>',
        '<a href="/sitemap-index.xml">map</a><a href="/en/roles/">en</a><a href="#x">x</a>',
        '<a href="https://example.com/">out</a>',
      ].join(''),
    );
  });

  it('keeps Chinese passages out of the English search index', () => {
    expect(ignoreChineseInIndex('<p lang="zh-CN" class="x">定义</p><p>Direction</p>')).toBe(
      '<p lang="zh-CN" data-pagefind-ignore class="x">定义</p><p>Direction</p>',
    );
    // Once: an element already left out keeps its one attribute.
    expect(ignoreChineseInIndex('<ul data-pagefind-ignore lang="zh-CN"><li>a</li></ul>')).toBe(
      '<ul data-pagefind-ignore lang="zh-CN"><li>a</li></ul>',
    );
  });
});
