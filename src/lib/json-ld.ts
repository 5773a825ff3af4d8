/**
 * The one serializer for JSON-LD blocks. The text goes into a <script> element as raw
 * HTML, so anything the HTML parser could read as markup is written as a JSON escape:
 * `</script>` and `<!--` cannot end or alter the block, `&` cannot start an entity, and
 * U+2028/U+2029 are not raw line separators. JSON.parse gives back the same value.
 */
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('JSON-LD must be a JSON value');
  return json.replace(UNSAFE, (c) => ESCAPES[c]!);
}
