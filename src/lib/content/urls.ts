import type { CollectionName } from '../../schemas/ref';

/** The address of an entry's page; the bare folder is the collection's index. */
export function entryHref(collection: CollectionName, id?: string): string {
  return id ? `/${collection}/${id}/` : `/${collection}/`;
}

/** Turns a heading into a stable fragment id; Chinese text is kept as it is. */
export function fragmentId(prefix: string, index: number): string {
  return `${prefix}-${index + 1}`;
}
