import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE, siteUrl } from '../../src/lib/site-url.ts';

describe('siteUrl (SITE for astro.config)', () => {
  it('keeps the default when SITE is unset or blank', () => {
    expect(siteUrl(undefined)).toBe(DEFAULT_SITE);
    expect(siteUrl('  ')).toBe(DEFAULT_SITE);
  });

  it.each([
    ['https://jobs.example.cn', 'https://jobs.example.cn'],
    ['https://jobs.example.cn/', 'https://jobs.example.cn'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080'],
    [' HTTPS://Jobs.Example.CN ', 'https://jobs.example.cn'],
  ])('%s → %s', (value, site) => {
    expect(siteUrl(value)).toBe(site);
  });

  it.each([
    ['jobs.example.cn', /not an absolute URL/],
    ['/handbook', /not an absolute URL/],
    ['ftp://jobs.example.cn', /http:\/\/ or https:\/\//],
    ['https://jobs.example.cn/handbook/', /root, without a path/],
    ['https://jobs.example.cn/?a=1', /without query/],
    ['https://user:pw@jobs.example.cn', /credentials/],
  ])('refuses %s, naming SITE', (value, reason) => {
    expect(() => siteUrl(value)).toThrow(reason);
    expect(() => siteUrl(value)).toThrow(/^SITE=/);
  });
});
