// A build of a copy of the project outside git, with markup planted in a role's content:
// the JSON-LD block keeps it as data (in the HTML and in Chromium), and every date says
// it is the build date.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../scripts/serve.mjs';
import { launchChromium, watchedPage } from '../e2e/browser';

const PLANTED = '</script><script>window.__planted = 1</script><!-- <script> & \u2028 — 客户代表';
const ROLE = 'customer-representative';

describe('a build with markup planted in content, outside a git checkout', () => {
  let dir: string;
  let html: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'rolebook-planted-'));
    for (const p of [
      'astro.config.mjs',
      'tsconfig.json',
      'package.json',
      'src',
      'content',
      'public',
    ])
      cpSync(p, join(dir, p), { recursive: true });
    symlinkSync(resolve('node_modules'), join(dir, 'node_modules'), 'dir');
    const file = join(dir, 'content', 'roles', `${ROLE}.mdx`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^summary: .*$/m);
    writeFileSync(file, text.replace(/^summary: .*$/m, `summary: ${JSON.stringify(PLANTED)}`));
    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0', GIT_CEILING_DIRECTORIES: tmpdir() },
    });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    html = readFileSync(join(dir, 'dist', 'roles', ROLE, 'index.html'), 'utf8');
  }, 180_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes the planted text into the JSON-LD block as escaped data', () => {
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    expect(blocks).toHaveLength(1);
    expect(blocks[0]![1]).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(blocks[0]![1]!).description).toBe(PLANTED);
    // No element was added: as many <script> tags as the same page built from the real content.
    // (The text also sits in the description attribute, where `<` is not markup.)
    const scripts = (h: string) => h.replace(/="[^"]*"/g, '=""').match(/<script\b/g)?.length ?? 0;
    const real = readFileSync(join('dist', 'roles', ROLE, 'index.html'), 'utf8');
    expect(scripts(html)).toBe(scripts(real));
    expect(scripts(html)).toBeGreaterThan(0);
  });

  it('says every date is the build date and that there is no history', () => {
    expect(html).toContain('(提示:无 git 历史,显示构建日期)');
    expect(html).toContain('无 git 历史,无法列出修订记录');
    const api = JSON.parse(readFileSync(join(dir, 'dist', 'api', 'roles.json'), 'utf8')) as {
      updatedFrom: string;
    }[];
    expect(new Set(api.map((e) => e.updatedFrom))).toEqual(new Set(['build']));
  });

  it('in Chromium, runs nothing planted, with no CSP violation, and the block parses', async () => {
    const { server, url } = (await startServer({ dir: join(dir, 'dist'), port: 0 })) as {
      server: import('node:http').Server;
      url: string;
    };
    const browser = await launchChromium();
    try {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${url}/roles/${ROLE}/`);
      const seen = await page.evaluate(() => ({
        planted: (window as unknown as { __planted?: number }).__planted,
        blocks: [...document.querySelectorAll('script[type="application/ld+json"]')].map(
          (s) => JSON.parse(s.textContent ?? '') as { description: string },
        ),
      }));
      expect(seen.planted).toBeUndefined();
      expect(seen.blocks.map((b) => b.description)).toEqual([PLANTED]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });
});
