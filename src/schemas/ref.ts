import { z } from 'astro/zod';

/** The collections of the handbook, in the order the site lists them. */
export const COLLECTIONS = [
  'roles',
  'responsibilities',
  'cases',
  'kpis',
  'scorecards',
  'glossary',
  'departments',
  'guides',
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** A resolved link to another entry, as Astro's `reference()` outputs it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * Builds the schema of a link into a collection. In the site this is Astro's
 * `reference()`; in the validator and in tests it is `plainRef`, which also
 * records every link so that missing ids can be reported with their file.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .union([z.string().min(1), z.object({ id: z.string().min(1), collection: z.literal(collection) })])
    .transform((v) => (typeof v === 'string' ? { id: v, collection } : v)) as unknown as z.ZodType<
    EntryRef<C>
  >;
