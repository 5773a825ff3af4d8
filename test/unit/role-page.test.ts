import { beforeAll, describe, expect, it } from 'vitest';
import { rolePage, roleDeliverables } from '../../src/lib/content/role-page.ts';
import type { Handbook } from '../../src/lib/content/build-handbook.ts';
import { loadTestHandbook } from '../support/handbook.ts';

let handbook: Handbook;
beforeAll(async () => {
  handbook = await loadTestHandbook();
});
const role = (id: string) => handbook.roles.find((r) => r.id === id)!;

describe('a role page’s derivations', () => {
  it('lists each coordinating department once, responsibilities first, then the role’s own', () => {
    const page = rolePage(handbook, role('sales-account-supervisor'));
    const ids = page.departments.map((d) => d.id);
    expect(ids.length).toBeGreaterThan(1);
    expect(new Set(ids).size).toBe(ids.length);
    const own = role('sales-account-supervisor').data.departments.map((d) => d.id);
    for (const id of own) expect(ids).toContain(id);
  });

  it('leaves out the sections a role’s sources say nothing about, and keeps the rest in order', () => {
    const kam = rolePage(handbook, role('key-account-manager')).sections.map((s) => s.id);
    expect(kam).not.toContain('training');
    expect(kam.slice(0, 3)).toEqual(['overview', 'summary', 'responsibilities']);
    const sas = rolePage(handbook, role('sales-account-supervisor')).sections.map((s) => s.id);
    expect(sas).toEqual(
      expect.arrayContaining(['training', 'rules', 'career', 'risks', 'qualifications']),
    );
    expect(sas.indexOf('qualifications')).toBeLessThan(sas.indexOf('career'));
  });

  it('gives every section one label, which the table of contents and the heading both use', () => {
    const page = rolePage(handbook, role('customer-representative'));
    const kpis = page.sections.find((s) => s.id === 'kpis');
    expect(kpis?.label).toBe('考核指标');
    expect(new Set(page.sections.map((s) => s.id)).size).toBe(page.sections.length);
  });

  it('lists a deliverable named by two responsibilities once', () => {
    const a = { id: 'a', data: { deliverables: ['周报', '月报'] } };
    const b = { id: 'b', data: { deliverables: ['月报', '客户档案'] } };
    expect(roleDeliverables([a, b] as never)).toEqual(['周报', '月报', '客户档案']);
  });
});
