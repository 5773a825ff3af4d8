// The lexicon of a job description's text: Chinese numbers, the numbering a line may
// start with (一、 / 1. / (一) / 第一条 / ① / bullets), and list and heading splitting,
// in half- or full-width punctuation.

const CN_DIGITS: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
export const CN = '[一二两三四五六七八九十百零\\d]+';

/** 一 → 1, 十二 → 12, 二十 → 20, 7 → 7. */
export function chineseNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit = 0;
  for (const ch of s) {
    if (ch === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (ch === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = CN_DIGITS[ch] ?? Number.NaN;
  }
  return total + digit;
}

export interface Numbered {
  /** 'section': 一、 or 第一章/部分; 'item': 1. 1、 (一) 第一条 ① and bullets; 'none'. */
  kind: 'section' | 'item' | 'none';
  content: string;
}

const PREFIXES: [RegExp, Numbered['kind']][] = [
  [new RegExp(`^第${CN}(?:章|部分)[、.．:：\\s]*`), 'section'],
  [new RegExp(`^第${CN}条[、.．:：\\s]*`), 'item'],
  [/^[一二三四五六七八九十]+[、.．]\s*/, 'section'],
  [new RegExp(`^[(（]${CN}[)）][、.．\\s]*`), 'item'],
  [/^\d+(?:[、)）]|[.．](?!\d))\s*/, 'item'],
  [/^[①-⑳]\s*/, 'item'],
  [/^[-*•·]\s+/, 'item'],
];

export function numbering(line: string): Numbered {
  for (const [re, kind] of PREFIXES) {
    const m = re.exec(line);
    if (m) return { kind, content: line.slice(m[0].length).trim() };
  }
  return { kind: 'none', content: line };
}

export const COLON = '[:：]';
/** Splits `A,B;C。` on commas and semicolons of either width, dropping end punctuation. */
export function splitList(s: string): string[] {
  return s
    .split(/[,，;；]/)
    .map((x) =>
      x
        .trim()
        .replace(/[。.;；]+$/, '')
        .trim(),
    )
    .filter(Boolean);
}

export function splitSemicolons(s: string): string[] {
  return s
    .split(/[;；]/)
    .map((x) => x.trim())
    .filter(Boolean);
}

/** `head:rest` when the line is a heading followed by a colon (rest may be empty). */
export function headed(content: string): { head: string; rest: string } | undefined {
  const m = new RegExp(`^([^:：]{1,40}?)\\s*${COLON}\\s*(.*)$`).exec(content);
  return m ? { head: m[1]!, rest: m[2]! } : undefined;
}
