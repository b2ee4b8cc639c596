import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { SITEMAP_URLS_PER_FILE, sitemapIndexXml, sitemapPartPath, sitemapParts, urlsetXml, type SitemapEntry } from '../../src/outputs/sitemap-xml.ts';

const ORIGIN = 'https://xa.example.vn';
const absolute = (path: string) => new URL(path, ORIGIN).href;
const parser = new XMLParser({ isArray: (name) => name === 'url' || name === 'sitemap' });

/** 60,000 pages, as a portal of about 40,000 articles has: articles dated an hour apart, and list pages without dates. */
function pages(count: number): SitemapEntry[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 2 ? { path: `/chuyen-muc/kinh-te/${i}/` } : { path: `/tin-tuc/bai-viet-so-${i}/`, lastmod: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000) },
  );
}

describe('sitemap.xml at 60,000 addresses: an index of files within the protocol’s limits', () => {
  const entries = pages(60_000);
  const parts = sitemapParts(entries);
  const files = parts.map((part) => urlsetXml(part, absolute));
  const index = parser.parse(sitemapIndexXml(parts, absolute));

  it('splits the addresses into files of at most 50,000 and 50 MB, each address once, in order', () => {
    expect(parts.map((part) => part.length)).toEqual([SITEMAP_URLS_PER_FILE, 60_000 - SITEMAP_URLS_PER_FILE]);
    const listed = files.flatMap((xml) => {
      expect(Buffer.byteLength(xml)).toBeLessThan(50 * 1024 * 1024);
      const urls = parser.parse(xml).urlset.url as { loc: string; lastmod?: string }[];
      expect(urls.length).toBeLessThanOrEqual(50_000);
      return urls;
    });
    expect(listed.map((url) => url.loc)).toEqual(entries.map((entry) => absolute(entry.path)));
    expect(listed[0]!.lastmod).toBe('2020-01-01T07:00:00+07:00');
    expect(listed[2]!.lastmod).toBeUndefined();
  });

  it('lists every file in the index, with the newest date of its addresses in Vietnam’s time', () => {
    // Items 44,998 and 59,998 are the newest dated ones of each file.
    expect(index.sitemapindex.sitemap).toEqual([
      { loc: `${ORIGIN}/sitemap-1.xml`, lastmod: '2025-02-18T05:00:00+07:00' },
      { loc: `${ORIGIN}/sitemap-2.xml`, lastmod: '2026-11-05T05:00:00+07:00' },
    ]);
    expect(sitemapPartPath(2)).toBe('/sitemap-2.xml');
  });

  it('makes one file for a small portal, and one empty file rather than none', () => {
    expect(sitemapParts(pages(12))).toHaveLength(1);
    expect(sitemapParts([])).toEqual([[]]);
    expect(parser.parse(urlsetXml([], absolute)).urlset).toBe('');
    expect(() => sitemapParts(entries, 0)).toThrow(/positive integer/);
  });

  it('escapes what XML needs escaped in an address', () => {
    expect(urlsetXml([{ path: '/tep/a&b.pdf' }], absolute)).toContain(`<loc>${ORIGIN}/tep/a&amp;b.pdf</loc>`);
  });
});
