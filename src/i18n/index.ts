import { ui as zh, type Ui } from './zh';
import { ui as en } from './en';
import { rolePageZh, type RolePageUi } from './role/zh';
import { rolePageEn } from './role/en';

/** The handbook's languages: Chinese at /, English at /en/ (astro.config.mjs `i18n`). */
export const LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'zh-CN';

const STRINGS: Record<Locale, Ui> = { 'zh-CN': zh, en };

/** Astro.currentLocale as one of ours; anything else is the default. */
export const localeOf = (current: string | undefined): Locale =>
  current === 'en' ? 'en' : DEFAULT_LOCALE;

/** The interface strings of a page's locale. */
export const uiFor = (current: string | undefined): Ui => STRINGS[localeOf(current)];

/**
 * The English names of the KPIs that these sheets' indicators measure, by KPI id: what
 * the grader calls an indicator on /en/. Undefined on a Chinese page.
 */
export function kpiNamesFor(
  current: string | undefined,
  cards: readonly { indicators: readonly { kpi?: { id: string } | undefined }[] }[],
  nameEn: (kpiId: string) => string | undefined,
): Record<string, string> | undefined {
  if (localeOf(current) !== 'en') return undefined;
  const names: Record<string, string> = {};
  for (const c of cards)
    for (const i of c.indicators) {
      const en = i.kpi && nameEn(i.kpi.id);
      if (en) names[i.kpi!.id] = en;
    }
  return names;
}

/** A site path (/kpis/x/) in a locale: /kpis/x/ or /en/kpis/x/. */
export function localePath(locale: Locale, path: string): string {
  const bare = stripLocale(path);
  return locale === 'en' ? `/en${bare}` : bare;
}

/** A page's path without its /en prefix: the Chinese counterpart. */
export function stripLocale(path: string): string {
  return path === '/en' || path.startsWith('/en/') ? path.slice(3) || '/' : path;
}

/** What an English page shows for a name: the English one, or the Chinese marked as such. */
export interface LocalName {
  text: string;
  /** Set when the text is Chinese on an English page. */
  lang?: 'zh-CN';
  /** True when the English name is missing and the Chinese stands in. */
  fallback: boolean;
}

export function localName(locale: Locale, zhName: string, enName: string | undefined): LocalName {
  if (locale !== 'en') return { text: zhName, fallback: false };
  return enName
    ? { text: enName, fallback: false }
    : { text: zhName, lang: 'zh-CN', fallback: true };
}

/** A name as plain text: an English page adds “(Chinese only)” after a Chinese fallback. */
export function localNameText(locale: Locale, zhName: string, enName: string | undefined): string {
  const n = localName(locale, zhName, enName);
  return n.fallback ? `${n.text} ${STRINGS[locale].chineseOnly}` : n.text;
}

/** An entry's English name field, whichever collection it is from. */
export function englishNameOf(data: {
  titleEn?: string | undefined;
  nameEn?: string | undefined;
  termEn?: string | undefined;
}): string | undefined {
  return data.titleEn ?? data.nameEn ?? data.termEn;
}

/** The role page's words (and those it shares with responsibility and KPI pages). */
export const rolePageUi = (current: string | undefined): RolePageUi =>
  localeOf(current) === 'en' ? rolePageEn : rolePageZh;

/**
 * The lang of interface text inside a body marked Chinese: "en" on an English page (whose
 * untranslated body is lang="zh-CN"), nothing on a Chinese one.
 */
export const uiLang = (current: string | undefined): 'en' | undefined =>
  localeOf(current) === 'en' ? 'en' : undefined;

/** A role's (or any titled entry's) name in the page's language, as localName gives it. */
export const roleName = (
  current: string | undefined,
  data: { title: string; titleEn?: string | undefined },
): LocalName => localName(localeOf(current), data.title, data.titleEn);
