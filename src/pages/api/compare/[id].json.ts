import type { GetStaticPaths } from 'astro';
import { compareJson, comparePaths } from './_compare-api';

/** /api/compare/<id>.json: one role as /compare/ shows it, fetched only for the roles a reader picks. */
export const getStaticPaths = (() => comparePaths('zh-CN')) satisfies GetStaticPaths;

export const GET = compareJson;
