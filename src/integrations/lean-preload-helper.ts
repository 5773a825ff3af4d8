import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic import() of browser code with. */
const HELPER = '\0vite/preload-helper.js';

/**
 * Vite's stand-in for its preload helper in the browser build.
 *
 * With `build.modulePreload: false` Vite still wraps each `import()` in its helper
 * (vitejs/vite#18551): ~0.9 KB gzip of link-preloading code on every page with a
 * lazy chunk, though the only dependencies it is then given are the stylesheets a
 * lazy chunk imports. This one loads those stylesheets and then the chunk, which is
 * all that is left for it to do, and a failed load rejects as it would without Vite.
 * It brings the light pages with a lazy chunk (the onboarding checklist, /compare/)
 * under their 3 KB of script.
 */
export function leanPreloadHelper(): Plugin {
  return {
    name: 'rolebook:lean-preload-helper',
    enforce: 'pre',
    applyToEnvironment: (environment) => environment.name === 'client',
    resolveId: (id) => (id === HELPER ? id : undefined),
    load(id) {
      if (id !== HELPER) return undefined;
      return [
        'const sheet = (href) => new Promise((done, fail) => {',
        "  const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: '/' + href });",
        "  link.addEventListener('load', done);",
        "  link.addEventListener('error', () => fail(new Error('Unable to load ' + href)));",
        '  document.head.append(link);',
        '});',
        'export const __vitePreload = (load, deps) =>',
        '  deps && deps.length ? Promise.all(deps.map(sheet)).then(load) : load();',
      ].join('\n');
    },
  };
}
