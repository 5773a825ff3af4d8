/** The address the site is built for when SITE is not set. */
export const DEFAULT_SITE = 'https://rolebook.example';

/**
 * The site's absolute URL from the SITE environment value: canonical links,
 * the sitemap and JSON-LD are built on it. Unset or blank gives the default;
 * anything but an absolute http(s) URL is refused with a message naming SITE,
 * so a typo stops the build instead of shipping wrong canonical links.
 */
export function siteUrl(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return DEFAULT_SITE;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`SITE="${raw}" is not an absolute URL: give one like https://jobs.example.cn`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE="${raw}" must start with http:// or https:// (got ${url.protocol})`);
  if (url.search || url.hash || url.username || url.password)
    throw new Error(`SITE="${raw}" must be a plain address without query, fragment or credentials`);
  // Pages link to each other from the root (/roles/…), so a sub-path would
  // give canonical URLs that point nowhere.
  if (url.pathname !== '/')
    throw new Error(`SITE="${raw}" must be the site's root, without a path (got ${url.pathname})`);
  return url.origin;
}
