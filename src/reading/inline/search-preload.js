if (/[?&]q=[^&]/.test(location.search)) {
  const ix = JSON.parse(document.currentScript.dataset.searchIndex || '{"files":[],"chunks":[]}');
  const q = new URLSearchParams(location.search).get('q');
  const files = [
    'pagefind.js',
    `wasm.${document.documentElement.lang == 'en' ? 'en' : 'unknown'}.pagefind`,
    ...ix.files,
  ];
  for (const { segment } of new Intl.Segmenter(ix.lang, { granularity: 'word' }).segment(q)) {
    const w = segment.replace(/[\p{P}\s]/gu, '').toLowerCase();
    const c = w && ix.chunks.find(([a, b]) => a <= w && w <= b);
    if (c) files.push('index/' + c[2] + '.pf_index');
  }
  for (const f of new Set(files)) {
    const l = document.head.appendChild(document.createElement('link'));
    if (f.endsWith('.js')) l.rel = 'modulepreload';
    else Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: '' });
    l.href = f[0] == '/' ? f : '/pagefind/' + f;
  }
}
