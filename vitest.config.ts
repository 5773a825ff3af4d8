import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the sources; `site` reads the built
// site in dist/ (run `npm run build` first) and drives it in Chromium.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/a11y/**/*.test.ts'],
          globalSetup: ['test/e2e/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          // Figures appear once React has loaded and hydrated and the saved state
          // is read; on a busy 2-core machine that can exceed the default 1 s.
          expect: { poll: { timeout: 10_000 } },
        },
      },
    ],
  },
});
