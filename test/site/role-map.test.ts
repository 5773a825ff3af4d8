import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { builtPages } from '../support/dist.ts';

const pages = new Map(builtPages());
const roles = [...pages.keys()].filter((u) => /^\/roles\/[^/]+\/$/.test(u));
const text = (s: string) => s.replace(/<[^>]+>/g, '').trim();

/** The diagram's boxes (SVG) and the list after it, per figure of the career section. */
function figures(html: string) {
  const section = /<section aria-labelledby="career"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
  return [...section.matchAll(/<figure class="map-part[\s\S]*?<\/figure>/g)].map(([f]) => {
    const svg = /<svg[\s\S]*?<\/svg>/.exec(f)![0];
    const list = /<ol class="map-list[\s\S]*?<\/ol>/.exec(f)![0];
    const boxes = [...svg.matchAll(/<(a|g)\b[^>]*class="node[^"]*"[^>]*>([\s\S]*?)<\/\1>/g)].map(
      (m) => ({
        href: /href="([^"]+)"/.exec(m[0])?.[1],
        label: [...m[2]!.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((t) => t[1]).join(''),
      }),
    );
    const listLinks = [...list.matchAll(/<a href="([^"]+)"[^>]*>([^<]*)<\/a>/g)].map((m) => ({
      href: m[1],
      label: m[2],
    }));
    return { boxes, listLinks, listText: text(list) };
  });
}

describe('the reporting line and career path on role pages', () => {
  const withMap = roles.filter((u) => figures(pages.get(u)!).length > 0);

  it('is drawn for the roles whose sources give a reporting line or a path', () => {
    expect(withMap).toEqual(
      expect.arrayContaining([
        '/roles/sales-account-supervisor/',
        '/roles/account-specialist/',
        '/roles/key-account-manager/',
      ]),
    );
  });

  it.each(withMap.map((u) => [u]))(
    '%s: every box is in the list, every link goes to a built page',
    (url) => {
      for (const f of figures(pages.get(url)!)) {
        expect(f.boxes.length).toBeGreaterThan(0);
        for (const b of f.boxes) expect(f.listText).toContain(b.label);
        expect(f.boxes.filter((b) => b.href)).toEqual(f.listLinks);
        for (const l of f.listLinks) expect(pages.has(l.href!), l.href).toBe(true);
      }
    },
  );

  it('shows 销售客户主管 → 销售经理 → 销售总监或客户总监, names without a page as plain text', () => {
    const [line, path] = figures(pages.get('/roles/sales-account-supervisor/')!);
    expect(path!.boxes.map((b) => b.label)).toEqual([
      '销售客户主管',
      '销售经理',
      '销售总监或客户总监',
    ]);
    expect(path!.boxes.every((b) => !b.href)).toBe(true);
    expect(line!.boxes.map((b) => b.label)).toEqual([
      '销售部经理',
      '销售客户主管',
      '销售团队全体成员',
    ]);
    const [spec] = figures(pages.get('/roles/account-specialist/')!);
    expect(spec!.listLinks).toEqual([{ href: '/roles/key-account-manager/', label: '大客户经理' }]);
  });

  it('uses no inline style attribute (the CSP forbids them)', () => {
    for (const u of withMap)
      expect(pages.get(u)!).not.toMatch(/<(svg|rect|text|line|path|g|a)\b[^>]*\sstyle=/);
  });
});

describe('the collaboration map', () => {
  const html = pages.get('/roles/customer-representative/collaboration/') ?? '';
  it('lists each department with the coordination line and the responsibility it comes from', () => {
    const rows = [...html.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!);
    const body = rows.filter((r) => r.includes('<td'));
    expect(body.length).toBeGreaterThan(3);
    for (const r of body)
      expect(r).toMatch(/href="\/responsibilities\/customer-representative-[^"]+\/"/);
    // The SVG has one linked box per department of the table, and each goes to its page.
    const depts = new Set(
      [...html.matchAll(/<th scope="row"[^>]*><a href="(\/departments\/[^"]+)"/g)].map((m) => m[1]),
    );
    const svgLinks = new Set(
      [...(/<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '').matchAll(/<a[^>]*href="([^"]+)"/g)].map(
        (m) => m[1],
      ),
    );
    expect(depts.size).toBeGreaterThan(1);
    expect(svgLinks).toEqual(depts);
    for (const d of depts) expect(pages.has(d!), d).toBe(true);
  });

  it('is linked from the role page', () => {
    expect(pages.get('/roles/customer-representative/')).toContain(
      'href="/roles/customer-representative/collaboration/"',
    );
  });
});

describe('/compare/ does not grow with the handbook', () => {
  it.each([['/compare/'], ['/en/compare/']])(
    '%s holds two roles and at most 20 picker entries, under a fixed budget',
    (url) => {
      const html = pages.get(url)!;
      expect(html.match(/<th scope="col"/g)?.length).toBe(2);
      expect(html.match(/name="roles"/g)!.length).toBeLessThanOrEqual(20);
      // 12 KB gzip: the two default columns and the picker; bench/scale.mjs measures it at 10,000 pages.
      expect(gzipSync(html, { level: 9 }).length).toBeLessThanOrEqual(12 * 1024);
    },
  );
});
