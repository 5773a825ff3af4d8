import { defineMiddleware } from 'astro:middleware';
import { ignoreChineseInIndex, localizeLinks } from './i18n/links';

/**
 * An English page is the Chinese page's component rendered under /en/; its links
 * are written once, as site paths. Here they are pointed at the English pages, so no
 * component has to thread the locale into every href.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!context.url.pathname.startsWith('/en/')) return response;
  if (!(response.headers.get('content-type') ?? '').includes('text/html')) return response;
  const html = ignoreChineseInIndex(localizeLinks(await response.text()));
  return new Response(html, { status: response.status, headers: response.headers });
});
