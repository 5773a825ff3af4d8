import { z } from 'astro/zod';
import type { CollectionName } from './registry.ts';

export type { CollectionName };

/** A resolved link to another entry, as Astro's `reference()` outputs it. */
export interface EntryRef<C extends CollectionName = CollectionName> {
  id: string;
  collection: C;
}

/**
 * Builds the schema of a link into a collection. In the site this is Astro's
 * `reference()`; in the content checker and in tests it is `plainRef`.
 */
export type RefFactory = <C extends CollectionName>(collection: C) => z.ZodType<EntryRef<C>>;

/**
 * A link outside Astro: takes an id (or an already resolved `{ id, collection }`)
 * and outputs `{ id, collection }`, as `reference()` does. It only checks the
 * shape; whether the entry exists is checked afterwards by `validateEntries`,
 * which finds these objects in the parsed data.
 */
export const plainRef: RefFactory = <C extends CollectionName>(collection: C) =>
  z
    .union([
      z.string().min(1),
      z.object({ id: z.string().min(1), collection: z.literal(collection) }),
    ])
    .transform((v) => (typeof v === 'string' ? { id: v, collection } : v)) as unknown as z.ZodType<
    EntryRef<C>
  >;
