import { COLLECTION_REGISTRY, type CollectionName } from '../../schemas/registry.ts';

/** The address of an entry's page, /<segment>/<id>/; without an id, the collection's index. */
export function entryHref(collection: CollectionName, id?: string): string {
  const { segment } = COLLECTION_REGISTRY[collection];
  return id ? `/${segment}/${id}/` : `/${segment}/`;
}
