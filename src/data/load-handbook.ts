import { getCollection } from 'astro:content';
import { buildHandbook, type Handbook } from '../lib/content/build-handbook';

let cached: Promise<Handbook> | undefined;

/**
 * Loads every collection once per build and builds the cross-reference indexes.
 * Every route's getStaticPaths calls this; the promise is shared, so a build
 * reads each collection once however many pages it renders.
 */
export function loadHandbook(): Promise<Handbook> {
  cached ??= (async () => {
    const [roles, responsibilities, cases, kpis, scorecards, glossary, departments, guides] = await Promise.all([
      getCollection('roles'),
      getCollection('responsibilities'),
      getCollection('cases'),
      getCollection('kpis'),
      getCollection('scorecards'),
      getCollection('glossary'),
      getCollection('departments'),
      getCollection('guides'),
    ]);
    return buildHandbook({ roles, responsibilities, cases, kpis, scorecards, glossary, departments, guides });
  })();
  return cached;
}
