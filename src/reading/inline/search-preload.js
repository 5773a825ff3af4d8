if (/[?&]q=[^&]/.test(location.search)) {
  const ix = JSON.parse(document.currentScript.dataset.searchIndex || '{"files":[],"chunks":[]}');
  const at = (f) => location.origin + (f[0] == '/' ? f : '/pagefind/' + f);
  const wasm = `wasm.${document.documentElement.lang == 'en' ? 'en' : 'unknown'}.pagefind`;
  for (const f of ['pagefind.js', 'pagefind-worker.js', wasm, ...ix.files])
    if (/\.js$/.test(f) && !/worker/.test(f)) {
      const l = document.head.appendChild(document.createElement('link'));
      l.rel = 'modulepreload';
      l.href = at(f);
    } else
      fetch(at(f)).then(
        (r) => r.blob(),
        () => {},
      );
  const chunks = ix.chunks.map(([a, b, id]) => [a, b, at('index/' + id + '.pf_index')]);
  const words = `onmessage = ({ data: { q, lang, chunks } }) => {
    const got = [];
    for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(q)) {
      const w = segment.replace(/[\\p{P}\\s]/gu, '').toLowerCase();
      const c = w && chunks.find(([a, b]) => a <= w && w <= b);
      if (c && !got.includes(c[2])) got.push(c[2]);
    }
    Promise.all(got.map((f) => fetch(f).then((r) => r.blob(), () => {}))).then(() => close());
  };`;
  const worker = new Worker(URL.createObjectURL(new Blob([words], { type: 'text/javascript' })));
  worker.postMessage({ q: new URLSearchParams(location.search).get('q'), lang: ix.lang, chunks });
}
