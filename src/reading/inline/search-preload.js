if (/[?&]q=[^&]/.test(location.search)) {
  const ix = JSON.parse(document.currentScript.dataset.searchIndex || '{"files":[],"chunks":[]}');
  const pf = location.origin + '/pagefind/';
  const get = (url) =>
    fetch(url).then(
      (r) => r.blob(),
      () => {},
    );
  for (const f of ['pagefind.js', ...ix.files])
    if (f.endsWith('.js')) {
      const l = document.head.appendChild(document.createElement('link'));
      l.rel = 'modulepreload';
      l.href = f[0] == '/' ? f : pf + f;
    } else get(pf + f);
  get(pf + 'pagefind-worker.js');
  get(pf + `wasm.${document.documentElement.lang == 'en' ? 'en' : 'unknown'}.pagefind`);
  const split = () =>
    (onmessage = ({ data: [q, lang, chunks, pf] }) => {
      const ids = new Set();
      for (const { segment } of new Intl.Segmenter(lang, { granularity: 'word' }).segment(q)) {
        const w = segment.replace(/[\p{P}\s]/gu, '').toLowerCase();
        const c = w && chunks.find(([a, b]) => a <= w && w <= b);
        if (c) ids.add(c[2]);
      }
      const got = [...ids].map((id) => fetch(`${pf}index/${id}.pf_index`).then((r) => r.blob()));
      Promise.allSettled(got).then(() => close());
    });
  const q = new URLSearchParams(location.search).get('q');
  new Worker(
    URL.createObjectURL(new Blob([`(${split})()`], { type: 'text/javascript' })),
  ).postMessage([q, ix.lang, ix.chunks, pf]);
}
