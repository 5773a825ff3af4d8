if (/[?&]q=[^&]/.test(location.search)) {
  const add = (f) => {
    const l = document.createElement('link');
    l.href = '/pagefind/' + f;
    if (f.endsWith('.js')) l.rel = 'modulepreload';
    else Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    document.head.append(l);
  };
  add('pagefind.js');
  add('wasm.unknown.pagefind');
  let ix;
  try {
    ix = JSON.parse(document.querySelector('meta[name="rolebook-search-index"]').content);
  } catch {}
  if (ix) {
    add('pagefind-entry.json?ts=' + ix.tag);
    add('pagefind.' + ix.meta + '.pf_meta');
    const q = new URLSearchParams(location.search).get('q');
    const words = [...new Intl.Segmenter(ix.lang, { granularity: 'word' }).segment(q)]
      .map((s) =>
        s.segment.replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}\s]/gu, '').toLocaleLowerCase(),
      )
      .filter(Boolean);
    const chunks = words.map((w) => ix.chunks.find(([from, to]) => from <= w && w <= to));
    for (const c of new Set(chunks)) if (c) add('index/' + c[2] + '.pf_index');
  }
}
