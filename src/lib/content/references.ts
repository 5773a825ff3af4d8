// Links between entries: every {id, collection} in a parsed entry, and the
// existing id a mistyped one most likely meant.
import { COLLECTIONS, type CollectionName } from '../../schemas/registry.ts';

/** The edit distance of two short ids, for "did you mean" hints. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++)
      cur[j] = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    prev = cur;
  }
  return prev[b.length]!;
}

/** The existing id closest to a mistyped one, if it is close enough to be the likely intent. */
export function nearest(id: string, ids: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestD = Math.max(3, Math.floor(id.length / 3)) + 1;
  for (const other of ids) {
    const d = distance(id, other);
    if (d < bestD) [best, bestD] = [other, d];
  }
  return best;
}

/** Every {id, collection} link in a parsed entry, with the path where it sits. */
export function* linksIn(
  value: unknown,
  path: PropertyKey[] = [],
): Generator<{ path: PropertyKey[]; id: string; collection: CollectionName }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* linksIn(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (
      keys.length === 2 &&
      typeof o['id'] === 'string' &&
      COLLECTIONS.includes(o['collection'] as CollectionName)
    ) {
      yield { path, id: o['id'], collection: o['collection'] as CollectionName };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* linksIn(v, [...path, k]);
  }
}
