import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the sources; `site` reads the built
// site in dist/ (run `npm run build` first) and drives it in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        // Property tests run hundreds of cases; on a loaded 2-core machine they
        // can take several seconds, which is not a failure.
        test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/a11y/**/*.test.ts'],
          globalSetup: ['test/e2e/server.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
