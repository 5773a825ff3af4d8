// Each role's .docx is a valid Word package holding the role's title and every
// responsibility's title, A4 with Chinese font hints, and the role page links it.
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadTestHandbook } from '../support/handbook.ts';
import { builtPages } from '../support/dist.ts';

const handbook = await loadTestHandbook();
const pages = builtPages();
const roles = handbook.roles.map((r) => r.id);
/** Word's XML escapes only &, < and > in text. */
const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

describe('each role has a .docx 岗位说明书', () => {
  it('covers every role', () => {
    expect(roles.length).toBeGreaterThanOrEqual(5);
  });

  it.each(roles)('%s.docx is a Word package with the role and its responsibilities', (id) => {
    const file = `dist/roles/${id}.docx`;
    expect(existsSync(file), file).toBe(true);
    const zip = unzipSync(readFileSync(file));
    for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])
      expect(Object.keys(zip), part).toContain(part);
    expect(strFromU8(zip['[Content_Types].xml']!)).toContain(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    );
    const xml = strFromU8(zip['word/document.xml']!);
    // The text of runs, joined, so a title split over runs is still found.
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const role = handbook.byId.roles.get(id)!.data;
    expect(text).toContain(xmlText(`${role.title}岗位说明书`));
    const resp = handbook.responsibilitiesOf(id);
    expect(resp.length).toBeGreaterThan(0);
    for (const x of resp) expect(text, x.id).toContain(xmlText(x.data.title));
    expect(text).toContain('一、岗位概述');
    for (const k of ['编制', '审核', '批准']) expect(text).toContain(k);
    // A4 and the eastAsia font hint Word and WPS need for Chinese.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/w:eastAsia="[^"]+"/);
    // The footer counts pages: 第 PAGE 页 共 NUMPAGES 页.
    const footers = Object.keys(zip).filter((k) => /^word\/footer\d*\.xml$/.test(k));
    expect(footers.map((f) => strFromU8(zip[f]!)).join()).toMatch(/PAGE[\s\S]*NUMPAGES/);
  });

  it.each(roles)('the page of %s links its .docx', (id) => {
    const html = pages.get(`/roles/${id}/`)!;
    expect(html).toContain(`href="/roles/${id}.docx"`);
  });
});
