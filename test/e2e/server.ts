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

/**
 * A server of a test's own on dist/, which records each request that reaches it and the
 * body bytes it sends back (gzip, as it sends text; Pagefind's own files are gzip
 * already): what a browser takes from its cache never reaches it.
 */
export async function countingServer() {
  const { server, url } = (await startServer({ dir: 'dist', port: 0 })) as {
    server: import('node:http').Server;
    url: string;
  };
  const asked: string[] = [];
  const sent = new Map<string, number>();
  server.on('request', (req, res) => {
    const path = req.url ?? '/';
    asked.push(path);
    const end = res.end.bind(res);
    res.end = ((chunk?: unknown, ...rest: never[]) => {
      const n = chunk instanceof Uint8Array || typeof chunk === 'string' ? chunk.length : 0;
      const at = new URL(path, url).pathname;
      sent.set(at, (sent.get(at) ?? 0) + n);
      return end(chunk as never, ...rest);
    }) as typeof res.end;
  });
  return {
    url,
    /** Each request's path and query, in order. */
    asked,
    /** Body bytes sent, by path. */
    sent,
    close: async () => {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    },
  };
}
