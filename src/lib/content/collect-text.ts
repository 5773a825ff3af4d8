/** All the strings in a value, depth first, for term scanning and search. */
export function collectText(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectText(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      // Links are ids, not prose.
      if (k === 'collection' || k === 'id') continue;
      collectText(v, out);
    }
  return out;
}
