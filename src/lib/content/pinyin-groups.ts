/** Groups terms under A–Z by pinyin, as a Chinese dictionary's index does. */

const collator = new Intl.Collator('zh-CN');

/**
 * The first character (by zh-CN collation) of each pinyin initial; no syllable starts with
 * I, U or V. A Han term belongs to the last letter whose first character sorts at or before it.
 */
const FIRST: [string, string][] = [
  ['A', '阿'],
  ['B', '八'],
  ['C', '嚓'],
  ['D', '哒'],
  ['E', '妸'],
  ['F', '发'],
  ['G', '旮'],
  ['H', '哈'],
  ['J', '丌'],
  ['K', '咔'],
  ['L', '垃'],
  ['M', '妈'],
  ['N', '拏'],
  ['O', '噢'],
  ['P', '妑'],
  ['Q', '七'],
  ['R', '呥'],
  ['S', '仨'],
  ['T', '他'],
  ['W', '屲'],
  ['X', '夕'],
  ['Y', '丫'],
  ['Z', '帀'],
];

export const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/** The index letter of a term: its own letter if it starts with a Latin one, else by pinyin. */
export function pinyinLetter(term: string): string {
  const first = term.trim().charAt(0);
  if (/[A-Za-z]/.test(first)) return first.toUpperCase();
  let letter = '#';
  for (const [l, c] of FIRST) if (collator.compare(c, term) <= 0) letter = l;
  // Digits and symbols sort before 阿.
  return /\p{Script=Han}/u.test(first) ? letter : '#';
}

export interface LetterGroup<T> {
  letter: string;
  items: T[];
}

/** Items grouped by letter (A–Z, then # for the rest), each group in zh-CN collation order. */
export function groupByPinyin<T>(items: readonly T[], term: (item: T) => string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of [...items].sort((a, b) => collator.compare(term(a), term(b)))) {
    const letter = pinyinLetter(term(item));
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...LETTERS, '#'].flatMap((letter) => {
    const list = groups.get(letter);
    return list ? [{ letter, items: list }] : [];
  });
}
