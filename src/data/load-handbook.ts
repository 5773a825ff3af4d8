import { getCollection, type CollectionEntry } from 'astro:content';
import { buildHandbook, type Handbook } from '../lib/content/build-handbook';
import { COLLECTIONS, type CollectionName } from '../schemas/registry';

/** Every collection as Astro gives it; buildHandbook's parameter type checks it key by key. */
type AstroSource = { [C in CollectionName]: CollectionEntry<C>[] };

let cached: Promise<Handbook> | undefined;

/**
 * Loads every collection of the registry once per build and builds the
 * cross-reference indexes. Every route's getStaticPaths calls this; the
 * promise is shared, so a build reads each collection once however many
 * pages it renders.
 */
export function loadHandbook(): Promise<Handbook> {
  cached ??= (async () => {
    const lists = await Promise.all(COLLECTIONS.map((name) => getCollection(name)));
    // Object.fromEntries forgets which list belongs to which key; the names are the same.
    const source = Object.fromEntries(
      COLLECTIONS.map((name, i) => [name, lists[i]]),
    ) as unknown as AstroSource;
    return buildHandbook(source);
  })();
  return cached;
}
