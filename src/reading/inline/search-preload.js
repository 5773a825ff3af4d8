if (/[?&]q=[^&]/.test(location.search)) {
  const d = document.currentScript.dataset.searchIndex;
  const ix = d ? JSON.parse(d) : { files: [], chunks: [] };
  const chunks = [
    ...new Intl.Segmenter(ix.lang, { granularity: 'word' }).segment(
      new URLSearchParams(location.search).get('q'),
    ),
  ].map(({ segment: w }) => {
    w = w.replace(/[\p{P}\s]/gu, '').toLowerCase();
    const c = w && ix.chunks.find(([a, b]) => a <= w && w <= b);
    return c && 'index/' + c[2] + '.pf_index';
  });
  for (const f of new Set(['pagefind.js', 'wasm.unknown.pagefind', ...ix.files, ...chunks]))
    if (f) {
      const l = document.createElement('link');
      l.href = f[0] == '/' ? f : '/pagefind/' + f;
      if (f.endsWith('.js')) l.rel = 'modulepreload';
      else ((l.rel = 'preload'), (l.as = 'fetch'), (l.crossOrigin = ''));
      document.head.append(l);
    }
}
