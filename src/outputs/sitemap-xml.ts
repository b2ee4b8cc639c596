/**
 * sitemap.xml as the sitemaps protocol wants it at any size: a sitemap
 * index (`/sitemap.xml`, the address robots.txt names and search consoles
 * already know) pointing to files of at most `SITEMAP_URLS_PER_FILE`
 * addresses each (`/sitemap-1.xml`, `/sitemap-2.xml`…). The protocol allows
 * 50,000 addresses and 50 MB a file; a 40,000-article portal has about
 * 62,000 pages.
 *
 * Not @astrojs/sitemap: it lists the same pages, but from Astro's list of
 * built pages, which has no dates, so each page's lastmod would need a
 * second list made beside it; it writes dates in UTC, where the portal
 * writes every date in Vietnam's time; it names the index
 * sitemap-index.xml; and it sorts and writes every address again on every
 * build, seconds at 60,000 (docs/performance.md). The pages' list here comes
 * from the same queries as the pages (sitemap.ts).
 */
import { toIsoVietnam } from '../model/dates.ts';

export interface SitemapEntry {
  path: string;
  lastmod?: Date;
}

/** Addresses per file: under the protocol's 50,000, with room to spare. */
export const SITEMAP_URLS_PER_FILE = 45_000;

/** The address of the n-th (1-based) file of addresses. */
export const sitemapPartPath = (n: number) => `/sitemap-${n}.xml`;

/** The entries in files of at most `perFile` (always one file, even empty). */
export function sitemapParts<T>(entries: readonly T[], perFile = SITEMAP_URLS_PER_FILE): T[][] {
  if (!Number.isInteger(perFile) || perFile < 1) throw new Error(`perFile must be a positive integer, got ${perFile}`);
  const parts: T[][] = [];
  for (let i = 0; i < entries.length; i += perFile) parts.push(entries.slice(i, i + perFile));
  return parts.length ? parts : [[]];
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
const lastmodOf = (date: Date | undefined) => (date ? `<lastmod>${toIsoVietnam(date)}</lastmod>` : '');
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** One file of addresses. */
export function urlsetXml(entries: readonly SitemapEntry[], absoluteUrl: (path: string) => string): string {
  const urls = entries.map(({ path, lastmod }) => `  <url><loc>${escapeXml(absoluteUrl(path))}</loc>${lastmodOf(lastmod)}</url>\n`);
  return `${XML_HEAD}<urlset xmlns="${NS}">\n${urls.join('')}</urlset>\n`;
}

/** The index of the files of addresses: each with the newest lastmod of its addresses. */
export function sitemapIndexXml(parts: readonly (readonly SitemapEntry[])[], absoluteUrl: (path: string) => string): string {
  const items = parts.map((entries, i) => {
    let newest: Date | undefined;
    for (const { lastmod } of entries) if (lastmod && (!newest || lastmod > newest)) newest = lastmod;
    return `  <sitemap><loc>${escapeXml(absoluteUrl(sitemapPartPath(i + 1)))}</loc>${lastmodOf(newest)}</sitemap>\n`;
  });
  return `${XML_HEAD}<sitemapindex xmlns="${NS}">\n${items.join('')}</sitemapindex>\n`;
}
