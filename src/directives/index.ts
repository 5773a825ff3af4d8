import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/** What `client:first-use` checks to decide that an island has state to show at once. */
export interface FirstUseOptions {
  /** URL query parameters, any of which means "hydrate now". */
  params?: string[];
  /** localStorage keys, likewise. */
  storage?: string[];
}

declare module 'astro' {
  interface AstroClientDirectives {
    'client:first-use'?: FirstUseOptions | boolean;
  }
}

/** Registers `client:first-use` (./first-use.ts); Astro inlines it in the pages that use it. */
export function clientDirectives(): AstroIntegration {
  return {
    name: 'rolebook:client-directives',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({
          name: 'first-use',
          entrypoint: fileURLToPath(new URL('./first-use.ts', import.meta.url)),
        });
      },
    },
  };
}
