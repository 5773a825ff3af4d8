import { readContent } from '../../src/integrations/read-content.ts';
import { buildHandbook, type HandbookSource } from '../../src/lib/content/handbook.ts';
import { plainRef } from '../../src/schemas/ref.ts';
import { COLLECTION_SCHEMAS } from '../../src/schemas/registry.ts';

/** The real content/ parsed by the site's schemas and indexed as the pages see it. */
export async function loadTestHandbook(dir = 'content') {
  const { entries } = await readContent(dir);
  const src = {} as Record<string, unknown[]>;
  for (const e of entries) {
    const data = COLLECTION_SCHEMAS[e.collection].schema(plainRef).parse(e.data);
    (src[e.collection] ??= []).push({ id: e.id, data });
  }
  return buildHandbook(src as unknown as HandbookSource);
}
