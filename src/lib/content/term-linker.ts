/** A term that text should link to: its id and every spelling that counts as a mention. */
export interface LinkTarget {
  id: string;
  href: string;
  names: string[];
  title: string;
  /** The short definition shown where the term is read (plain text). */
  summary?: string;
}
export type Segment = string | { text: string; target: LinkTarget };

/**
 * Finds mentions of terms in Chinese text (no word boundaries, so the longest
 * name wins at each position: 客户满意度调查 mentions 客户满意度, not 客户).
 */
export class TermMatcher {
  readonly #names: { name: string; target: LinkTarget }[];

  constructor(targets: LinkTarget[]) {
    this.#names = targets
      .flatMap((target) =>
        target.names.filter((n) => n.length >= 2).map((name) => ({ name, target })),
      )
      .sort((a, b) => b.name.length - a.name.length);
  }

  /** Ids of every term the text mentions. */
  mentions(text: string): Set<string> {
    const found = new Set<string>();
    for (const part of this.split(text)) if (typeof part !== 'string') found.add(part.target.id);
    return found;
  }

  /** Splits text into plain runs and mentions. `accept` may refuse a mention (it then stays text). */
  split(text: string, accept: (t: LinkTarget) => boolean = () => true): Segment[] {
    const out: Segment[] = [];
    let plain = '';
    let i = 0;
    outer: while (i < text.length) {
      for (const { name, target } of this.#names) {
        if (
          text.startsWith(name, i) &&
          !isInsideAsciiWord(text, i, name.length) &&
          accept(target)
        ) {
          if (plain) out.push(plain);
          plain = '';
          out.push({ text: name, target });
          i += name.length;
          continue outer;
        }
      }
      plain += text[i];
      i += 1;
    }
    if (plain) out.push(plain);
    return out;
  }
}

/** "KPI" inside "KPIs" is fine, inside "XKPI" is not a mention. */
function isInsideAsciiWord(text: string, start: number, length: number): boolean {
  const word = /[A-Za-z]/;
  const before = text[start - 1];
  const after = text[start + length];
  const name = text.slice(start, start + length);
  if (!word.test(name)) return false;
  return (
    (before !== undefined && word.test(before)) ||
    (after !== undefined && /[A-Za-rt-z]/.test(after))
  );
}

/**
 * Links each term at its first mention in each section of a page, and never a page to
 * itself. Pages create one and hand it to every block of text they render; text given no
 * section belongs to the page as a whole.
 */
export class PageLinker {
  readonly #matcher: TermMatcher;
  readonly #linked = new Set<string>();

  constructor(matcher: TermMatcher, selfHref?: string) {
    this.#matcher = matcher;
    if (selfHref) this.#self = selfHref;
  }
  #self = '';

  #tips = 0;

  segments(text: string, section = ''): Segment[] {
    return this.#matcher.split(text, (t) => {
      const key = `${section}\u0000${t.id}`;
      if (t.href === this.#self || this.#linked.has(key)) return false;
      this.#linked.add(key);
      return true;
    });
  }

  /** A page-unique id for the next term's definition tooltip. */
  tipId(): string {
    this.#tips += 1;
    return `term-tip-${this.#tips}`;
  }
}
