import { readContent } from '../../src/lib/content/read-content-fs.ts';
import { buildHandbook, type HandbookSource } from '../../src/lib/content/build-handbook.ts';
import { plainRef } from '../../src/schemas/ref.ts';
import { COLLECTION_REGISTRY } from '../../src/schemas/registry.ts';

/** The real content/ parsed by the site's schemas and indexed as the pages see it. */
export async function loadTestHandbook(dir = 'content') {
  const { entries } = await readContent(dir);
  const src = {} as Record<string, unknown[]>;
  for (const e of entries) {
    const data = COLLECTION_REGISTRY[e.collection].schema(plainRef).parse(e.data);
    (src[e.collection] ??= []).push({ id: e.id, data });
  }
  return buildHandbook(src as unknown as HandbookSource);
}
