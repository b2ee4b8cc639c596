/** The addresses of a built portal's sitemap: sitemap.xml is an index of files of addresses (src/outputs/sitemap-xml.ts). */
import { XMLParser } from 'fast-xml-parser';

const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

/** Every `<loc>` of every file the index lists; `read` gets a file of the built portal by its path (`sitemap-1.xml`). */
export function sitemapLocs(read: (file: string) => string): string[] {
  const index = parser.parse(read('sitemap.xml')) as { sitemapindex: { sitemap: { loc: string }[] } };
  return index.sitemapindex.sitemap.flatMap(({ loc }) => {
    const urlset = parser.parse(read(new URL(loc).pathname.slice(1))) as { urlset: { url?: { loc: string }[] } | '' };
    return urlset.urlset === '' ? [] : (urlset.urlset.url ?? []).map((url) => url.loc);
  });
}
