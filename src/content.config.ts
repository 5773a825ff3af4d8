import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import type { RefFactory } from './schemas/ref';
import {
  COLLECTION_REGISTRY,
  COLLECTIONS,
  type CollectionName,
  type CollectionSchema,
} from './schemas/registry';

// Astro's reference() checks the shape of a link. That every linked entry
// exists is checked by checkContent (src/lib/content/check-content-fs.ts), which
// the content-check integration runs before every build.
const ref = reference as unknown as RefFactory;

/** Each collection as Astro sees it, typed by its own schema. */
type Collections = {
  [C in CollectionName]: { loader: ReturnType<typeof glob>; schema: CollectionSchema<C> };
};

export const collections = Object.fromEntries(
  COLLECTIONS.map((name) => {
    const { folder, ext, schema } = COLLECTION_REGISTRY[name];
    const loader = glob({ base: `./content/${folder}`, pattern: `*${ext}` });
    return [name, defineCollection({ loader, schema: schema(ref) })];
  }),
) as Collections;
