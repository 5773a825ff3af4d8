import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serializeJsonLd } from '../../src/lib/json-ld';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)],
  );

/** What an HTML parser sees inside <script>: the block ends at the first `</script`. */
const scriptText = (html: string) => /^<script[^>]*>([\s\S]*?)<\/script/i.exec(html)?.[1];

const PLANTED = [
  '</script><script>alert(1)</script>',
  '<!--<script>',
  '</SCRIPT >',
  '<\/script>',
  'a & b &amp; &lt;',
  'line\u2028sep\u2029para',
  ']]>',
];

describe('serializeJsonLd: content cannot break out of the JSON-LD block', () => {
  it.each(PLANTED)('keeps %j inside the block and gives it back', (text) => {
    const out = serializeJsonLd({ name: text });
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    const html = `<script type="application/ld+json">${out}</script>`;
    expect(JSON.parse(scriptText(html)!)).toEqual({ name: text });
  });

  it('round-trips any JSON value and never writes <, >, & or U+2028/9', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme' }),
      fc.string({
        unit: fc.constantFrom('<', '>', '&', '!', '-', '/', 's', '\u2028', '\u2029', '"'),
      }),
    );
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.array(text), (value, texts) => {
        const data = { value, texts };
        const out = serializeJsonLd(data);
        expect(out).not.toMatch(/[<>&\u2028\u2029]/);
        expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(data)));
      }),
      { numRuns: 500 },
    );
  });

  it('refuses a value that is not JSON', () => {
    expect(() => serializeJsonLd(undefined)).toThrow(/JSON-LD/);
  });
});

describe('set:html is fed by no data but the JSON-LD serializer', () => {
  it('lists every set:html and raw-HTML use under src/', () => {
    const uses = files('src').flatMap((f) =>
      readFileSync(f, 'utf8')
        .split('\n')
        .flatMap((line) =>
          /set:html|dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML/.test(line) &&
          !/^\s*(\/\/|\/?\*)/.test(line)
            ? [`${f.split('\\').join('/')}: ${line.trim()}`]
            : [],
        ),
    );
    expect(uses).toEqual([
      'src/components/JsonLd.astro: <script type="application/ld+json" set:html={json} />',
      // The two inline scripts are files of ours, read with ?raw and minified at build
      // time (their CSP hashes are computed from the same text), not content: below.
      'src/layouts/Base.astro: <script is:inline set:html={themeScript} />',
      'src/pages/search/index.astro: <script is:inline slot="early" data-search-index="" set:html={preloadScript} />',
    ]);
    const rawImports = files('src').flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/from '([^']+)\?raw'/g)].map((m) => m[1]!),
    );
    expect(rawImports.every((p) => p.includes('reading/inline/'))).toBe(true);
  });

  it.each([
    ['src/layouts/Base.astro', 'themeScript', 'theme.js'],
    ['src/pages/search/index.astro', 'preloadScript', 'search-preload.js'],
  ])('%s gives set:html only %s, the minified text of %s', (file, name, script) => {
    const code = readFileSync(file, 'utf8');
    const raw = new RegExp(
      `^import (\\w+) from '[./]+/reading/inline/${script}\\?raw';$`,
      'm',
    ).exec(code);
    expect(raw, `${file} imports ${script} with ?raw`).not.toBeNull();
    // Assigned once, from that import alone, and named nowhere else.
    const assigned = [...code.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].length;
    expect(code).toContain(`const ${name} = minifyInline(${raw![1]});`);
    expect(assigned, `${name} appears at its assignment and its set:html`).toBe(2);
  });
});
