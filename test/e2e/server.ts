import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { startServer } from '../../scripts/serve.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ on a free port for the site tests, as `npm start` would. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `npm run build` before the site tests');
  const { server, url } = (await startServer({ dir: 'dist', port: 0 })) as {
    server: import('node:http').Server;
    url: string;
  };
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}
