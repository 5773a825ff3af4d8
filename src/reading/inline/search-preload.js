if (/[?&]q=[^&]/.test(location.search))
  for (const f of ['pagefind.js', 'wasm.unknown.pagefind']) {
    const l = document.createElement('link');
    l.href = '/pagefind/' + f;
    if (f.endsWith('.js')) l.rel = 'modulepreload';
    else Object.assign(l, { rel: 'preload', as: 'fetch', crossOrigin: 'anonymous' });
    document.head.append(l);
  }
