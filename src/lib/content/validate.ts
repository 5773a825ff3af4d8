import type { z } from 'astro/zod';
import { COLLECTIONS, plainRef, type CollectionName } from '../../schemas/ref.ts';
import { COLLECTION_SCHEMAS } from '../../schemas/registry.ts';

/** One content file as read from disk, before validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The entry's id: its file name without extension. */
  id: string;
  /** Path shown in messages, e.g. content/roles/customer-representative.mdx. */
  file: string;
  data: unknown;
  /** Finds the line of a field in the file, for messages; optional. */
  lineOf?: (path: readonly PropertyKey[]) => number | undefined;
}

export interface Problem {
  file: string;
  line?: number | undefined;
  field: string;
  message: string;
}

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `file:line: field: message`, the form every content error is reported in. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field || '(entry)'}: ${p.message}`;
}

function fieldOf(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  let value: unknown = data;
  for (const key of issue.path) value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  if (value === undefined && issue.code === 'invalid_type') return `required field is missing (expected ${issue.expected})`;
  if (issue.code === 'invalid_type') return `wrong type: expected ${issue.expected}, got ${Array.isArray(value) ? 'array' : typeof value} ${JSON.stringify(value)}`;
  if (issue.code === 'unrecognized_keys') return `unknown field(s): ${issue.keys.join(', ')}`;
  return issue.message;
}

/** Every {id, collection} link in a parsed entry, with the path where it sits. */
function* linksIn(value: unknown, path: PropertyKey[] = []): Generator<{ path: PropertyKey[]; id: string; collection: CollectionName }> {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) yield* linksIn(v, [...path, i]);
  } else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length === 2 && typeof o['id'] === 'string' && COLLECTIONS.includes(o['collection'] as CollectionName)) {
      yield { path, id: o['id'], collection: o['collection'] as CollectionName };
      return;
    }
    for (const [k, v] of Object.entries(o)) yield* linksIn(v, [...path, k]);
  }
}

interface SheetIndicator {
  unit?: string;
  levels?: unknown;
  unitBasis?: unknown;
  weightBasis?: unknown;
  levelsBasis?: unknown;
}

/**
 * A scorecard's units, weights and levels each need a source or 假设. The engine's own
 * schema leaves these out so that test sheets stay short; content must say.
 */
function unsourcedNumbers(entry: RawEntry, value: unknown): Problem[] {
  const out: Problem[] = [];
  const indicators = (value as { indicators: SheetIndicator[] }).indicators;
  indicators.forEach((ind, i) => {
    const need = (field: string, has: boolean, what: string) => {
      if (has) return;
      const path = ['indicators', i, field];
      out.push({
        file: entry.file,
        line: entry.lineOf?.(path.slice(0, 2)),
        field: path.join('.'),
        message: `${what}: give its source (file and the quoted phrase) or assumption: true`,
      });
    };
    if (ind.unit) need('unitBasis', Boolean(ind.unitBasis), `unit “${ind.unit}” has no basis`);
    need('weightBasis', Boolean(ind.weightBasis), 'the weight has no basis');
    if (ind.levels) need('levelsBasis', Boolean(ind.levelsBasis), 'the levels have no basis');
  });
  const deductions = (value as { deductions: Record<string, unknown>[] }).deductions;
  deductions.forEach((d, i) => {
    for (const field of ['allowance', 'perUnit', 'max', 'maxCount']) {
      if (d[`${field}Basis`]) continue;
      out.push({
        file: entry.file,
        line: entry.lineOf?.(['deductions', i]),
        field: `deductions.${i}.${field}Basis`,
        message: `${field} ${String(d[field])} has no basis: give its source (file and the quoted phrase) or assumption: true`,
      });
    }
  });
  return out;
}

/**
 * Validates all content at once and returns every problem, not just the first:
 * schema errors (missing fields, wrong types, scorecard rules), malformed or
 * duplicate ids, links to entries that do not exist, and clashing orders.
 */
export function validateEntries(entries: RawEntry[]): Problem[] {
  const problems: Problem[] = [];
  const ids = new Map<CollectionName, Map<string, string>>(COLLECTIONS.map((c) => [c, new Map()]));
  const parsed: { entry: RawEntry; value: unknown }[] = [];
  // One schema per collection, built once: a synthetic handbook has thousands of entries.
  const schemas = new Map(COLLECTIONS.map((c) => [c, COLLECTION_SCHEMAS[c].schema(plainRef)]));

  for (const entry of entries) {
    const seen = ids.get(entry.collection)!;
    if (!ID.test(entry.id))
      problems.push({ file: entry.file, field: '(file name)', message: `id "${entry.id}" must be a kebab-case English slug, e.g. customer-representative` });
    const clash = seen.get(entry.id.toLowerCase());
    if (clash) problems.push({ file: entry.file, field: '(file name)', message: `duplicate id "${entry.id}": ${clash} has the same id` });
    else seen.set(entry.id.toLowerCase(), entry.file);

    const result = schemas.get(entry.collection)!.safeParse(entry.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues)
        problems.push({ file: entry.file, line: entry.lineOf?.(issue.path), field: fieldOf(issue.path), message: describe(issue, entry.data) });
    } else parsed.push({ entry, value: result.data });
  }

  const orders = new Map<string, string>();
  // A role with several source versions: each of its responsibilities names one of them.
  const versionsOf = new Map<string, string[]>();
  for (const { entry, value } of parsed)
    if (entry.collection === 'roles')
      versionsOf.set(entry.id, (value as { versions: { id: string }[] }).versions.map((v) => v.id));
  for (const { entry, value } of parsed) {
    for (const link of linksIn(value)) {
      if (!ids.get(link.collection)!.has(link.id))
        problems.push({
          file: entry.file,
          line: entry.lineOf?.(link.path),
          field: fieldOf(link.path),
          message: `links to ${link.collection} "${link.id}", which does not exist (no content/${link.collection}/${link.id}${COLLECTION_SCHEMAS[link.collection].ext})`,
        });
    }
    if (entry.collection === 'scorecards') problems.push(...unsourcedNumbers(entry, value));
    if (entry.collection === 'responsibilities') {
      const r = value as { role: { id: string }; order: number; version?: string };
      // A role that failed its own schema is reported already; its versions are unknown.
      const versions = versionsOf.get(r.role.id);
      if (versions?.length && !(r.version && versions.includes(r.version)))
        problems.push({
          file: entry.file,
          field: 'version',
          message: `role "${r.role.id}" has versions ${versions.join(', ')}: say which one this is from`,
        });
      if (versions?.length === 0 && r.version)
        problems.push({ file: entry.file, field: 'version', message: `role "${r.role.id}" has no versions: list them on the role` });
      const key = `${r.role.id}#${r.order}`;
      const other = orders.get(key);
      if (other) problems.push({ file: entry.file, field: 'order', message: `order ${r.order} is already used for role "${r.role.id}" by ${other}` });
      else orders.set(key, entry.file);
    }
  }
  return problems;
}
