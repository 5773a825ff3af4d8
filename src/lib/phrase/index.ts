// Sentences as data: the engines say what happened as a key and the figures that fill
// it, and whoever shows it words it from a table of templates in the reader's language
// (src/i18n). Pure TypeScript: no DOM, UI framework or Astro.

/** A slot's value: text as shown (figures already formatted), a phrase, or a list of them. */
export type Slot<K extends string = string> =
  string | number | Phrase<K> | readonly (string | Phrase<K>)[];

/**
 * A sentence to be worded: a template's key and its slots. A list is joined with the
 * table's `sep` template, and an empty one says the table's `none`.
 */
export interface Phrase<K extends string = string> {
  key: K;
  vars?: Readonly<Record<string, Slot<K>>>;
}

/** Templates by key; `{name}` marks a slot. */
export type Templates<K extends string = string> = Readonly<Record<K, string>>;

/** A template with its slots filled: `fill('共 {n} 项', { n: 3 })` is '共 3 项'. */
export function fill(
  template: string,
  vars: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) =>
    Object.hasOwn(vars, name) ? String(vars[name]) : slot,
  );
}

/** A phrase in the words of a table; a slot that is a phrase is worded from the same table. */
export function say<K extends string>(words: Templates<K>, p: Phrase<K>): string {
  const one = (v: string | number | Phrase<K>) => (typeof v === 'object' ? say(words, v) : v);
  const list = words as Readonly<Record<string, string | undefined>>;
  const vars: Record<string, string | number> = {};
  for (const [name, v] of Object.entries<Slot<K>>(p.vars ?? {}))
    vars[name] = Array.isArray(v)
      ? v.length
        ? v.map(one).join(list['sep'] ?? ', ')
        : (list['none'] ?? '')
      : one(v as string | number | Phrase<K>);
  return fill(words[p.key], vars);
}

/** A phrase with no slots, or with these. */
export const phrase = <K extends string>(key: K, vars?: Phrase<K>['vars']): Phrase<K> =>
  vars ? { key, vars } : { key };
