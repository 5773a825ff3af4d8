/** A record's own value for a key: `constructor` or `__proto__` typed as an id never reach Object.prototype. */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record && Object.hasOwn(record, key) ? record[key] : undefined;
}
