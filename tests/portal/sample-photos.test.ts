/**
 * Photos of the built sample portal (tests/helpers/portal-setup.ts), checked against
 * its content read independently with gray-matter: the photo library, album
 * pages, galleries, share images, and no metadata or original file published.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIST, listFiles, readDist } from '../helpers/portal.ts';
import { sitemapLocs } from '../helpers/sitemap.ts';
import { CONTENT, isPublic, readCollection, vietnamInstant, type Entry } from '../helpers/content.ts';

const albums = readCollection('albums').filter(isPublic);
const articles = readCollection('articles').filter(isPublic);
const withGallery = articles.filter((a) => (a.data.gallery ?? []).length > 0);
const photoFiles = listFiles(CONTENT).filter((file) => /\.(jpe?g|png|webp)$/i.test(file) && !file.startsWith('media/'));

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'index.html'))) throw new Error(`the built sample portal is missing from ${DIST}`);
});

describe('the sample photos', () => {
  it('include albums, articles with galleries and a photo stored with an EXIF orientation flag', async () => {
    expect(albums.length).toBeGreaterThanOrEqual(2);
    expect(withGallery.length).toBeGreaterThanOrEqual(2);
    const orientations = await Promise.all(photoFiles.map(async (file) => (await sharp(path.join(CONTENT, file)).metadata()).orientation ?? 1));
    expect(orientations.some((o) => o === 6)).toBe(true);
  });
});

describe('the photo library', () => {
  const listPages = () =>
    listFiles(path.join(DIST, 'thu-vien-anh'))
      .filter((f) => /^(\d+\/)?index\.html$/.test(f))
      .map((f) => readDist(`thu-vien-anh/${f}`));

  it('is in the main menu and the sitemap', () => {
    expect(readDist('index.html')).toMatch(/<nav class="main-nav"[^>]*>.*<a href="\/thu-vien-anh\/"[^>]*>Thư viện ảnh<\/a>/s);
    const listed = sitemapLocs(readDist).map((loc) => new URL(loc).pathname);
    expect(listed).toContain('/thu-vien-anh/');
    for (const album of albums) expect(listed).toContain(`/thu-vien-anh/${album.slug}/`);
  });

  it('lists every album and every article with a gallery, newest first, each with a cover and its photo count', () => {
    const html = listPages().join('\n');
    const expected = [
      ...albums.map((a) => ({ href: `/thu-vien-anh/${a.slug}/`, date: vietnamInstant(a.data.date), count: a.data.photos.length })),
      ...withGallery.map((a) => ({ href: `/tin-tuc/${a.slug}/`, date: vietnamInstant(a.data.date), count: a.data.gallery.length })),
    ].sort((a, b) => b.date.getTime() - a.date.getTime());
    const cards = [...html.matchAll(/<article class="card album-card">(.*?)<\/article>/gs)].map((m) => m[1]!);
    expect(cards.map((card) => /<h2><a href="([^"]+)"/.exec(card)![1])).toEqual(expected.map((e) => e.href));
    cards.forEach((card, i) => {
      expect(card).toMatch(/<picture><source[^>]+type="image\/avif"/);
      expect(card).toContain(`${expected[i]!.count} ảnh`);
    });
  });

  it('gives each album a page with all its photos and captions in a gallery', () => {
    for (const album of albums) {
      const html = readDist(`thu-vien-anh/${album.slug}/index.html`);
      expect(html).toMatch(new RegExp(`<h1(?: [^>]*)?>${escapeRegExp(album.data.title)}</h1>`));
      expect(html.match(/data-gallery-item/g)?.length, album.file).toBe(album.data.photos.length);
      for (const photo of album.data.photos) expect(html).toContain(`>${photo.caption}</figcaption>`);
    }
  });
});

describe('published photos', () => {
  it('carry no EXIF, XMP or IPTC metadata and no orientation flag', async () => {
    const images = listFiles(DIST).filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(images.length).toBeGreaterThan(100);
    for (const file of images) {
      const meta = await sharp(path.join(DIST, file)).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
      expect(meta.orientation ?? 1, file).toBe(1);
    }
  });

  it('never include an original photo file as-is', () => {
    const originals = new Map(photoFiles.map((file) => [fs.statSync(path.join(CONTENT, file)).size, file] as const));
    for (const file of listFiles(DIST)) {
      const size = fs.statSync(path.join(DIST, file)).size;
      const original = originals.get(size);
      if (original) expect(fs.readFileSync(path.join(DIST, file)).equals(fs.readFileSync(path.join(CONTENT, original))), `${file} = ${original}`).toBe(false);
    }
  });

  it('publish a photo stored on its side (EXIF orientation 6) upright', async () => {
    const sideways: string[] = [];
    for (const file of photoFiles) if ((await sharp(path.join(CONTENT, file)).metadata()).orientation === 6) sideways.push(file);
    expect(sideways.length).toBeGreaterThan(0);
    for (const file of sideways) {
      const stem = path.basename(file, path.extname(file));
      const folder = (entry: Entry) => entry.file.endsWith('/index.md') && path.dirname(file) === path.dirname(entry.file);
      const page = articles.find((a) => file.startsWith('articles/') && folder({ ...a, file: `articles/${a.file}` }))?.slug;
      const album = albums.find((a) => file.startsWith('albums/') && folder({ ...a, file: `albums/${a.file}` }))?.slug;
      const html = readDist(page ? `tin-tuc/${page}/index.html` : `thu-vien-anh/${album}/index.html`);
      // The large view linked from its thumbnail: not cropped, so its shape is the photo's.
      const href = new RegExp(`<a href="(/_astro/${stem}\\.[^"]+\\.jpeg)" data-gallery-item`).exec(html)?.[1];
      expect(href, file).toBeDefined();
      const meta = await sharp(path.join(DIST, href!)).metadata();
      expect(meta.height, file).toBeGreaterThan(meta.width);
    }
  });

  it('give every article a 1200×630 share image that exists: its cover cropped, or the card of its category', async () => {
    for (const article of articles) {
      const html = readDist(`tin-tuc/${article.slug}/index.html`);
      const url = /<meta property="og:image" content="https:\/\/[^/]+([^"]+)">/.exec(html)?.[1];
      expect(url, article.file).toBeDefined();
      if (!article.data.cover) expect(url).toBe(`/og/${article.data.category}.png`);
      const meta = await sharp(path.join(DIST, url!)).metadata();
      expect([meta.width, meta.height], article.file).toEqual([1200, 630]);
      expect(meta.format).toBe(article.data.cover ? 'jpeg' : 'png');
      expect(html).toMatch(/<meta property="og:image:alt" content="[^"]+">/);
    }
  });
});

describe('feeds', () => {
  it('carry each body photo as a plain JPEG <img>, with no <picture>, no markers and no gallery slot', () => {
    const feeds = [
      'rss.xml',
      ...listFiles(path.join(DIST, 'chuyen-muc'))
        .filter((f) => f.endsWith('rss.xml'))
        .map((f) => `chuyen-muc/${f}`),
    ]
      .map(readDist)
      .join('\n');
    expect(feeds).toMatch(/&lt;img [^>]*?src=&quot;https:\/\/[^&]+\/_astro\/[^&]+\.jpeg&quot;/);
    expect(feeds).not.toMatch(/data-photo|data-gallery-slot|::gallery|&lt;picture|&lt;source/);
  });
});
