/**
 * The built sample portal (tests/fixtures/sample, built once for all test
 * files by tests/helpers/portal-setup.ts), checked against its content read
 * independently with gray-matter.
 */
import fs from 'node:fs';
import path from 'node:path';
import matter from 'gray-matter';
import Parser from 'rss-parser';
import { parse as parseHtml } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, listFiles, readDist } from '../helpers/portal.ts';
import { sitemapLocs } from '../helpers/sitemap.ts';
import { CONTENT, isPublic, readCollection, vietnamInstant } from '../helpers/content.ts';
import { PAGE_SIZE } from '../../src/config/routes.ts';
import { templateList } from '../helpers/templates.ts';

const now = new Date();

const site = matter(`---\n${fs.readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8')}\n---`).data;
const articles = readCollection('articles');
const notices = readCollection('notices');
const published = articles.filter(isPublic);
const htmlFiles = () => listFiles(DIST).filter((file) => file.endsWith('.html'));

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`the built sample portal is missing from ${DIST}`);
});

describe('the sample content', () => {
  it('is big enough to show the portal: 30+ articles over every category and 2+ years, 5+ notices', () => {
    expect(published.length).toBeGreaterThanOrEqual(30);
    for (const category of site.categories)
      expect(
        published.some((a) => a.data.category === category.slug),
        category.slug,
      ).toBe(true);
    expect(new Set(published.map((a) => vietnamInstant(a.data.date).getUTCFullYear())).size).toBeGreaterThanOrEqual(2);
    expect(notices.length).toBeGreaterThanOrEqual(5);
    expect(articles.some((a) => a.data.draft)).toBe(true);
    expect(articles.some((a) => vietnamInstant(a.data.date) > now)).toBe(true);
  });

  it('gives rise to a page of every template, so that the browser tests see them all', () => {
    expect(templateList().filter((t) => t.path === undefined)).toEqual([]);
  });
});

describe('pages', () => {
  it('gives every published article a page at /tin-tuc/<slug>/', () => {
    for (const article of published) expect(fs.existsSync(path.join(DIST, 'tin-tuc', article.slug, 'index.html')), article.file).toBe(true);
  });

  it('renders every article body (a Markdown error must not publish an empty page)', () => {
    for (const article of published) {
      const source = fs.readFileSync(path.join(CONTENT, 'articles', article.file), 'utf8');
      const firstWords = matter(source)
        .content.split('\n')
        .find((line) => /^[A-ZĐÀ-Ỹa-zđà-ỹ]/.test(line.trim()))!
        .trim()
        .split(/\s+/)
        .slice(0, 4)
        .join(' ');
      const prose = /<div class="prose"[^>]*>([\s\S]*?)<\/div>\s*<p class="meta"/.exec(readDist(`tin-tuc/${article.slug}/index.html`))?.[1] ?? '';
      expect(prose.replace(/<[^>]+>/g, ''), article.file).toContain(firstWords.replace(/[*_`]/g, ''));
    }
  });

  it('leaves drafts and future-dated articles out of pages, feeds and the sitemap', () => {
    const hidden = articles.filter((a) => !isPublic(a));
    expect(hidden.length).toBeGreaterThanOrEqual(2);
    const feedsAndMaps = [...['rss.xml', 'so-do-trang/index.html', 'index.html'].map(readDist), ...sitemapLocs(readDist)].join('\n');
    for (const article of hidden) {
      expect(fs.existsSync(path.join(DIST, 'tin-tuc', article.slug)), article.file).toBe(false);
      expect(feedsAndMaps).not.toContain(`/tin-tuc/${article.slug}/`);
    }
  });

  it('shows each article date as a Vietnamese long date in Vietnam time with a machine-readable <time>', () => {
    for (const article of published) {
      const html = readDist(`tin-tuc/${article.slug}/index.html`);
      const day = vietnamInstant(article.data.date);
      const shifted = new Date(day.getTime() + 7 * 3600e3);
      const ddmmyyyy = `${String(shifted.getUTCDate()).padStart(2, '0')}/${String(shifted.getUTCMonth() + 1).padStart(2, '0')}/${shifted.getUTCFullYear()}`;
      expect(html, article.file).toMatch(
        new RegExp(`<time datetime="${shifted.toISOString().slice(0, 10)}T[0-9:]{8}\\+07:00">(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), ${ddmmyyyy}</time>`),
      );
    }
  });

  it('carries canonical URL, Open Graph, Dublin Core and NewsArticle JSON-LD on articles', () => {
    const article = published[0]!;
    const html = readDist(`tin-tuc/${article.slug}/index.html`);
    const url = new URL(`/tin-tuc/${article.slug}/`, site.url).href;
    expect(html).toContain(`<link rel="canonical" href="${url}">`);
    expect(html).toContain(`<meta property="og:url" content="${url}">`);
    for (const field of ['title', 'creator', 'date', 'description', 'publisher', 'identifier']) expect(html).toMatch(new RegExp(`<meta name="DC\\.${field}" content="[^"]+">`));
    expect(html).toContain(`<meta name="DC.identifier" content="${url}">`);
    const jsonLd = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!);
    expect(jsonLd).toMatchObject({ '@type': 'NewsArticle', headline: article.data.title, mainEntityOfPage: url });
  });

  it('puts title, description, canonical, Open Graph and feed autodiscovery on every page', () => {
    for (const file of htmlFiles()) {
      const html = readDist(file);
      expect(html, file).toMatch(/<html lang="vi">/);
      expect(html, file).toMatch(/<title>[^<]+<\/title>/);
      expect(html, file).toMatch(/<meta name="description" content="[^"]+">/);
      expect(html, file).toMatch(/<link rel="canonical" href="https:\/\/[^"]+">/);
      expect(html, file).toMatch(/<meta property="og:title" content="[^"]+">/);
      expect(html, file).toMatch(/<link rel="alternate" type="application\/rss\+xml" title="[^"]+" href="https:\/\/[^"]+\/rss\.xml">/);
    }
  });

  it('uses URLs without diacritics or capitals', () => {
    for (const file of htmlFiles()) expect(file).toMatch(/^[a-z0-9/.-]+$/);
  });

  it('paginates categories from the oldest article up: pages 1/ to n/ of 10 and the newest on the category’s address, each article once', () => {
    for (const category of site.categories as { slug: string }[]) {
      const count = published.filter((a) => a.data.category === category.slug).length;
      const own = Math.max(0, Math.floor(count / PAGE_SIZE) - 1);
      const dir = path.join(DIST, 'chuyen-muc', category.slug);
      const numbered = fs.readdirSync(dir).filter((name) => /^\d+$/.test(name));
      expect(
        numbered.map(Number).sort((a, b) => a - b),
        category.slug,
      ).toEqual(Array.from({ length: own }, (_, i) => i + 1));
      const listed = ['', ...numbered.map((n) => `${n}/`)].flatMap((page) =>
        [...readDist(`chuyen-muc/${category.slug}/${page}index.html`).matchAll(/<article class="card">[\s\S]*?<a href="\/tin-tuc\/([^/]+)\/"/g)].map((m) => m[1]),
      );
      expect(listed.length, category.slug).toBe(count);
      expect(new Set(listed).size, category.slug).toBe(count);
    }
  });

  it('keeps expired notices off the home page but in the notices list', () => {
    const expired = notices.filter((n) => isPublic(n) && n.data.validUntil && vietnamInstant(n.data.validUntil).getTime() + 86400e3 < now.getTime());
    const current = notices.filter((n) => isPublic(n) && !expired.includes(n));
    expect(expired.length).toBeGreaterThan(0);
    const home = readDist('index.html');
    const list = listFiles(path.join(DIST, 'thong-bao'))
      .filter((f) => /^(\d+\/)?index\.html$/.test(f))
      .map((f) => readDist(`thong-bao/${f}`))
      .join('');
    for (const notice of expired) {
      expect(home).not.toContain(`/thong-bao/${notice.slug}/`);
      expect(list).toContain(`/thong-bao/${notice.slug}/`);
    }
    expect(current.some((n) => home.includes(`/thong-bao/${n.slug}/`))).toBe(true);
  });

  it('publishes notice attachments and shows their type and size', () => {
    const withFiles = notices.filter((n) => isPublic(n) && (n.data.attachments ?? []).length > 0);
    expect(withFiles.length).toBeGreaterThan(0);
    for (const notice of withFiles) {
      const html = readDist(`thong-bao/${notice.slug}/index.html`);
      for (const attachment of notice.data.attachments) {
        const name = path.basename(attachment.file);
        const published = path.join(DIST, 'tep/thong-bao', notice.slug, name);
        const source = path.join(CONTENT, 'notices', path.dirname(notice.file), attachment.file);
        expect(fs.readFileSync(published).equals(fs.readFileSync(source)), name).toBe(true);
        expect(html).toContain(`href="/tep/thong-bao/${notice.slug}/${name}"`);
        expect(html).toMatch(new RegExp(`\\(${path.extname(name).slice(1).toUpperCase()}, [0-9.,]+ (B|KB|MB)\\)`));
      }
    }
  });

  it('has a Vietnamese 404 page and robots.txt pointing to the sitemap', () => {
    expect(readDist('404.html')).toContain('Không tìm thấy trang');
    expect(readDist('robots.txt')).toContain(`Sitemap: ${new URL('/sitemap.xml', site.url).href}`);
  });
});

describe('sitemap.xml', () => {
  it('lists exactly the public HTML pages, in the files its index names', () => {
    const listed = new Set<string>(sitemapLocs(readDist).map((loc) => new URL(loc).pathname));
    // The web editor (/admin/) is for editors, not readers: not in the sitemap.
    const pages = new Set(
      htmlFiles()
        .filter((f) => f !== '404.html' && f !== 'admin/index.html')
        .map((f) => `/${f.replace(/index\.html$/, '')}`),
    );
    expect([...listed].sort()).toEqual([...pages].sort());
  });
});

describe('feeds', () => {
  const parser = new Parser({ customFields: { item: ['dc:creator', 'content:encoded'] } });
  const feeds = () => ['rss.xml', 'thong-bao/rss.xml', ...site.categories.map((c: { slug: string }) => `chuyen-muc/${c.slug}/rss.xml`)];

  it('parse with a real feed parser and hold absolute URLs, unique guids and +0700 dates', async () => {
    for (const file of feeds()) {
      const xml = readDist(file);
      // Plain RSS: no XSLT stylesheet (browsers are removing XSLT); /theo-doi/ explains feeds instead.
      expect(xml, file).not.toContain('<?xml-stylesheet');
      expect(xml, file).toContain(`<atom:link href="${new URL(`/${file}`, site.url).href}" rel="self" type="application/rss+xml"/>`);
      const feed = await parser.parseString(xml);
      expect(feed.language, file).toBe('vi');
      const guids = feed.items.map((item) => item.guid);
      expect(new Set(guids).size, file).toBe(guids.length);
      for (const item of feed.items) {
        expect(item.link, file).toMatch(new RegExp(`^${site.url}/`));
        expect(item.pubDate, file).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} \+0700$/);
        const content = item['content:encoded'] ?? '';
        expect(content.length, `${file} ${item.link}`).toBeGreaterThan(0);
        for (const [, url] of content.matchAll(/(?:src|href)="([^"]+)"/g)) expect(url, `${file} ${item.link}`).toMatch(/^(https?:|mailto:|tel:|#)/);
        for (const [, url] of content.matchAll(/src="([^"]+)"/g)) {
          const local = new URL(url!).pathname;
          expect(fs.existsSync(path.join(DIST, local)), `${file}: image ${local} is published`).toBe(true);
        }
      }
    }
  });

  it('carry the newest published articles with category and author', async () => {
    const feed = await parser.parseString(readDist('rss.xml'));
    const newest = [...published].sort((a, b) => vietnamInstant(b.data.date).getTime() - vietnamInstant(a.data.date).getTime()).slice(0, feed.items.length);
    expect(feed.items.map((item) => item.link)).toEqual(newest.map((a) => new URL(`/tin-tuc/${a.slug}/`, site.url).href));
    const first = feed.items[0]!;
    expect(first.categories).toEqual([site.categories.find((c: { slug: string }) => c.slug === newest[0]!.data.category).name]);
    expect(first['dc:creator']).toBe(newest[0]!.data.author);
  });

  it('has one feed per category holding only that category', async () => {
    for (const category of site.categories) {
      const feed = await parser.parseString(readDist(`chuyen-muc/${category.slug}/rss.xml`));
      const expected = published.filter((a) => a.data.category === category.slug).map((a) => new URL(`/tin-tuc/${a.slug}/`, site.url).href);
      expect(feed.items.length).toBe(Math.min(expected.length, 30));
      for (const item of feed.items) expect(expected).toContain(item.link);
    }
  });
});

describe('the page on feeds (/theo-doi/)', () => {
  const page = () => parseHtml(readDist('theo-doi/index.html'));
  /** Every feed file the build wrote: RSS anywhere, the schedule's calendar. */
  const builtFeeds = () =>
    listFiles(DIST)
      .filter((file) => file.endsWith('rss.xml') || file.endsWith('.ics'))
      .map((file) => `/${file}`)
      .sort();

  it('lists every feed the portal publishes, each under its full address, and no other', () => {
    const listed = page()
      .querySelectorAll('.feed-list li')
      .map((item) => item.getAttribute('data-feed')!);
    expect(builtFeeds().length).toBe(2 + site.categories.length + 1);
    expect([...listed].sort()).toEqual(builtFeeds());
    for (const item of page().querySelectorAll('.feed-list li')) {
      const link = item.querySelector('a')!;
      expect(link.getAttribute('href')).toBe(item.getAttribute('data-feed'));
      expect(link.text).toBe(new URL(item.getAttribute('data-feed')!, site.url).href);
    }
    const names = page()
      .querySelectorAll('.feed-list li strong')
      .map((n) => n.text);
    for (const category of site.categories) expect(names).toContain(category.name);
    expect(names).toContain('Thông báo');
  });

  it('explains in Vietnamese what a feed is and how to subscribe, in a reader and in a phone calendar', () => {
    const text = page().querySelector('main')!.text;
    expect(page().querySelector('h1')!.text).toBe('Nhận tin tự động');
    expect(text).toMatch(/RSS là cách các trang tin gửi tin mới tới ứng dụng đọc tin/);
    expect(text).toMatch(/dán địa chỉ/);
    expect(text).toMatch(/Thêm lịch đăng ký/);
  });

  it('is linked from every page’s footer, and the pages keep their feeds’ autodiscovery links', () => {
    for (const file of ['index.html', 'tin-tuc/index.html', 'gioi-thieu/index.html']) {
      const html = parseHtml(readDist(file));
      expect(html.querySelector('.site-footer a[href="/theo-doi/"]'), file).not.toBeNull();
      const discovered = html.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((link) => new URL(link.getAttribute('href')!).pathname);
      expect(discovered, file).toEqual(expect.arrayContaining(['/rss.xml', '/thong-bao/rss.xml']));
    }
    const category = site.categories[0]!.slug;
    const discovered = parseHtml(readDist(`chuyen-muc/${category}/index.html`))
      .querySelectorAll('link[rel="alternate"][type="application/rss+xml"]')
      .map((link) => new URL(link.getAttribute('href')!).pathname);
    expect(discovered).toContain(`/chuyen-muc/${category}/rss.xml`);
    expect(fs.existsSync(path.join(DIST, 'rss.xsl'))).toBe(false);
  });
});
