import type { GetStaticPaths } from 'astro';
import { compareJson, comparePaths } from '../_compare-api';

/** /api/compare/en/<id>.json: one role as /en/compare/ shows it, English names and /en/ links. */
export const getStaticPaths = (() => comparePaths('en')) satisfies GetStaticPaths;

export const GET = compareJson;
