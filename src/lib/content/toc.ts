export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The h2 headings of an MDX page as table-of-contents entries. */
export function headingsToc(headings: Heading[]): { id: string; label: string }[] {
  return headings.filter((h) => h.depth === 2).map((h) => ({ id: h.slug, label: h.text }));
}
