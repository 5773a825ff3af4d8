import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * HR's safety net: `astro build` on a copy of the project whose content has a
 * broken reference, a missing required field and a wrong type must stop, and
 * name each file, field and reason.
 */
describe('a build with bad content', () => {
  it('stops and lists every problem with file, field and reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rolebook-broken-'));
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
    const edit = (file: string, from: RegExp, to: string) => {
      const path = join(dir, 'content', file);
      const text = readFileSync(path, 'utf8');
      expect(from.test(text), `${file} has ${from}`).toBe(true);
      writeFileSync(path, text.replace(from, to));
    };
    edit(
      'roles/business-director.mdx',
      /^( {2}- kpi: )customer-satisfaction$/m,
      '$1customer-happiness',
    );
    edit('glossary/swot.yaml', /^term: .*$/m, '');
    edit('kpis/sales-attainment.yaml', /^direction: higher$/m, 'direction: 7');

    const r = spawnSync('npx', ['astro', 'build'], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '0' },
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status).not.toBe(0);
    expect(out).toMatch(
      /content\/roles\/business-director\.mdx:\d+: kpis\.\d+(\.kpi)?: 链接的KPI\(kpis\)"customer-happiness" 不存在.* — 提示:/,
    );
    expect(out).toMatch(
      /content\/glossary\/swot\.yaml(:\d+)?: term: 缺少必填字段.* — 提示:加上 term: /,
    );
    expect(out).toMatch(
      /content\/kpis\/sales-attainment\.yaml:\d+: direction: 取值不对:7 — 提示:只能是 "higher"、"lower" 之一/,
    );
  }, 120_000);
});
