import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Astro writes its 404 page to 404.html but the English one, src/pages/en/404.astro,
 * to en/404/index.html like any page. Static hosts (and scripts/serve.mjs) serve the
 * closest 404.html for a missing address, so it moves to en/404.html.
 */
export function localized404(locales: string[] = ['en']): AstroIntegration {
  return {
    name: 'rolebook:localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const locale of locales) {
          const from = fileURLToPath(new URL(`${locale}/404/index.html`, dir));
          if (!existsSync(from)) throw new Error(`localized-404: ${from} was not built`);
          renameSync(from, fileURLToPath(new URL(`${locale}/404.html`, dir)));
          rmdirSync(fileURLToPath(new URL(`${locale}/404/`, dir)));
        }
      },
    },
  };
}
