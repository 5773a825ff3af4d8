if (/[?&]q=[^&]/.test(location.search))
  // Pagefind loads the WebAssembly of the page's language: English has its own (a stemmer).
  for (const f of [
    'pagefind.js',
    `wasm.${document.documentElement.lang === 'en' ? 'en' : 'unknown'}.pagefind`,
  ]) {
    const l = document.createElement('link');
    l.href = '/pagefind/' + f;
    if (f.endsWith('.js')) l.rel = 'modulepreload';
    else Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    document.head.append(l);
  }
