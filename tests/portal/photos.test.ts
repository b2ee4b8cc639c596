/**
 * Photos as editors upload them, built with the real build command: a phone
 * photo (4000×3000 on its side with EXIF orientation 6 and GPS), a PNG
 * screenshot with a transparent corner and a portrait photo, generated for
 * the test (scripts/lib/camera-photos.ts) into a copy of the minimal portal,
 * as an article's cover, inline photo and gallery, and as an album.
 *
 * The published files are read back with sharp: formats, sizes, the right
 * way up, no EXIF or GPS left, no original published as-is. The portal is
 * then built again with the same cache: nothing is encoded a second time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { build, listFiles, makePortal } from '../helpers/portal.ts';
import { exifTags } from '../helpers/exif.ts';
import { BLUE, RED, writePhonePhoto, writePortrait, writeScreenshot, type MadePhoto } from '../../scripts/lib/camera-photos.ts';

const ARTICLE = 'anh-tu-dien-thoai';
const ALBUM = 'anh-dien-thoai-mau';

let content: string;
let out: string;
let warmOut: string;
let cold: { status: number | null; output: string };
let warm: { status: number | null; output: string };
const sources: MadePhoto[] = [];

function writeFixture() {
  const folder = path.join(content, 'articles/2026', ARTICLE);
  fs.writeFileSync(
    path.join(folder, 'index.md'),
    `---
title: "Bài có ảnh chụp bằng điện thoại, ảnh màn hình và ảnh dọc"
date: 2026-03-14
category: kinh-te
summary: "Bài kiểm thử: ảnh bìa chụp dọc bằng điện thoại, ảnh chèn trong bài và bộ ảnh."
cover:
  src: ./dien-thoai.jpg
  alt: "Ảnh chụp dọc bằng điện thoại, dải đỏ ở trên, dải xanh ở dưới"
  caption: "Ảnh bìa chụp dọc bằng điện thoại."
gallery:
  - src: ./man-hinh.png
    caption: "Ảnh chụp màn hình điện thoại."
  - src: ./chan-dung.jpg
    caption: "Ảnh dọc lưu đúng chiều."
    alt: "Ảnh dọc, dải đỏ ở trên"
  - src: ./dien-thoai.jpg
    caption: "Ảnh điện thoại có cờ xoay EXIF."
author: "Ban biên tập"
---

Đoạn mở đầu của bài.

![Ảnh dọc chèn giữa bài](./chan-dung.jpg "Chú thích ảnh chèn trong bài.")

::gallery

Đoạn kết của bài.
`,
  );
  const album = path.join(content, 'albums/2026', ALBUM);
  fs.mkdirSync(album, { recursive: true });
  fs.copyFileSync(path.join(folder, 'dien-thoai.jpg'), path.join(album, 'anh-01.jpg'));
  fs.copyFileSync(path.join(folder, 'man-hinh.png'), path.join(album, 'anh-02.png'));
  fs.writeFileSync(
    path.join(album, 'index.md'),
    `---
title: "Album ảnh điện thoại"
date: 2026-03-15
description: "Album kiểm thử với ảnh chụp bằng điện thoại."
photos:
  - src: ./anh-01.jpg
    caption: "Ảnh điện thoại trong album."
  - src: ./anh-02.png
    caption: "Ảnh màn hình trong album."
---
`,
  );
}

beforeAll(async () => {
  content = makePortal();
  const folder = path.join(content, 'articles/2026', ARTICLE);
  sources.push(await writePhonePhoto(path.join(folder, 'dien-thoai.jpg')));
  sources.push(await writeScreenshot(path.join(folder, 'man-hinh.png')));
  sources.push(await writePortrait(path.join(folder, 'chan-dung.jpg')));
  writeFixture();
  const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-cache-'));
  out = path.join(os.tmpdir(), `portal-photos-${process.pid}`);
  warmOut = `${out}-warm`;
  fs.rmSync(out, { recursive: true, force: true });
  fs.rmSync(warmOut, { recursive: true, force: true });
  cold = build(content, out, { PORTAL_CACHE_DIR: cache });
  warm = build(content, warmOut, { PORTAL_CACHE_DIR: cache });
}, 600_000);

const html = (file: string) => fs.readFileSync(path.join(out, file), 'utf8');
const articleHtml = () => html(`tin-tuc/${ARTICLE}/index.html`);
const published = (url: string) => path.join(out, decodeURI(url.split('?')[0]!));

/** `<picture>…</picture>` blocks of a page, leaving out the lightbox's (filled in by its script). */
const pictures = (page: string) => [...page.matchAll(/<picture>(.*?)<\/picture>/gs)].map((m) => m[1]!).filter((block) => !block.includes('data-lightbox'));
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
const srcset = (value: string) =>
  value.split(',').map((candidate) => {
    const [url, descriptor] = candidate.trim().split(/\s+/);
    return { url: url!, width: Number(descriptor!.replace(/w$/, '')) };
  });

/** Mean colour of a horizontal strip (fractions of the height). */
async function stripColour(file: string, from: number, to: number) {
  const image = sharp(file);
  const { width, height } = await image.metadata();
  const top = Math.floor(height * from);
  // stats() reads the image it is given, before any operation: extract the strip into a buffer first.
  const strip = await sharp(file)
    .extract({ left: 0, top, width, height: Math.max(1, Math.floor(height * to) - top) })
    .png()
    .toBuffer();
  const { channels } = await sharp(strip).stats();
  return { r: channels[0]!.mean, g: channels[1]!.mean, b: channels[2]!.mean };
}
const near = (colour: { r: number; g: number; b: number }, target: { r: number; g: number; b: number }) =>
  Math.abs(colour.r - target.r) < 40 && Math.abs(colour.g - target.g) < 40 && Math.abs(colour.b - target.b) < 40;

describe('camera photos through the build', () => {
  it('builds the portal with the camera fixtures (control)', () => {
    expect(cold.status, cold.output).toBe(0);
    expect(sources[0]!.storedWidth).toBeGreaterThan(sources[0]!.storedHeight);
    expect(sources[0]!.bytes).toBeGreaterThan(3 * 1024 * 1024);
  });

  it('starts from photos that really carry EXIF orientation and GPS', async () => {
    const phone = await sharp(sources[0]!.file).metadata();
    expect(phone.orientation).toBe(6);
    expect(exifTags(phone.exif).gps.size).toBeGreaterThanOrEqual(4);
    expect(exifTags((await sharp(sources[2]!.file).metadata()).exif).ifd0.size).toBeGreaterThan(0);
    expect((await sharp(sources[1]!.file).metadata()).hasAlpha).toBe(true);
  });

  it('publishes no EXIF, XMP, IPTC or GPS in any image file', async () => {
    const images = listFiles(out).filter((file) => /\.(jpe?g|png|webp|avif)$/i.test(file));
    expect(images.length).toBeGreaterThan(30);
    for (const file of images) {
      const meta = await sharp(path.join(out, file)).metadata();
      expect(meta.exif, file).toBeUndefined();
      expect(meta.xmp, file).toBeUndefined();
      expect(meta.iptc, file).toBeUndefined();
      expect(meta.orientation ?? 1, file).toBe(1);
    }
  });

  it('never publishes an original photo as-is', () => {
    const originals = sources.map((source) => fs.readFileSync(source.file));
    const sizes = new Set(originals.map((data) => data.length));
    for (const file of listFiles(out)) {
      const full = path.join(out, file);
      if (!sizes.has(fs.statSync(full).size)) continue;
      const data = fs.readFileSync(full);
      for (const original of originals) expect(data.equals(original), file).toBe(false);
    }
  });

  it('offers every photo as AVIF and WebP sources with a JPEG fallback, each file the format and width it claims', async () => {
    const blocks = pictures(articleHtml());
    // cover + inline photo + three gallery thumbnails
    expect(blocks.length).toBe(5);
    for (const block of blocks) {
      const sources = [...block.matchAll(/<source\b[^>]*>/g)].map((m) => m[0]);
      expect(sources.map((tag) => attr(tag, 'type'))).toEqual(['image/avif', 'image/webp']);
      const img = /<img\b[^>]*>/.exec(block)![0];
      const candidates = [
        ...sources.flatMap((tag) => srcset(attr(tag, 'srcset')!).map((c) => ({ ...c, format: attr(tag, 'type') === 'image/avif' ? 'heif' : 'webp' }))),
        ...srcset(attr(img, 'srcset')!).map((c) => ({ ...c, format: 'jpeg' })),
      ];
      expect(candidates.length).toBeGreaterThanOrEqual(6);
      for (const candidate of candidates) {
        const meta = await sharp(published(candidate.url)).metadata();
        expect(meta.format, candidate.url).toBe(candidate.format);
        expect(meta.width, candidate.url).toBe(candidate.width);
      }
      expect(attr(img, 'src')).toMatch(/\.jpe?g$/);
      expect(attr(img, 'sizes')).toBeTruthy();
      for (const tag of sources) expect(attr(tag, 'sizes')).toBe(attr(img, 'sizes'));
    }
  });

  it('sets width and height on every photo, in the ratio of the published file', async () => {
    for (const block of pictures(articleHtml())) {
      const img = /<img\b[^>]*>/.exec(block)![0];
      const width = Number(attr(img, 'width'));
      const height = Number(attr(img, 'height'));
      expect(width * height, img).toBeGreaterThan(0);
      const meta = await sharp(published(attr(img, 'src')!)).metadata();
      expect(Math.abs(meta.width / meta.height - width / height), img).toBeLessThan(0.01);
    }
  });

  it('loads the cover at once with high priority and every other photo lazily', () => {
    const imgs = pictures(articleHtml()).map((block) => /<img\b[^>]*>/.exec(block)![0]);
    expect(attr(imgs[0]!, 'loading')).toBe('eager');
    expect(attr(imgs[0]!, 'fetchpriority')).toBe('high');
    for (const img of imgs.slice(1)) {
      expect(attr(img, 'loading')).toBe('lazy');
      expect(attr(img, 'fetchpriority')).toBeUndefined();
    }
  });

  it('applies the EXIF orientation: the phone photo is published upright, red band on top', async () => {
    const cover = pictures(articleHtml())[0]!;
    const files = [...cover.matchAll(/(\/_astro\/[^\s",]+)/g)].map((m) => m[1]!);
    expect(files.length).toBeGreaterThanOrEqual(9);
    for (const url of new Set(files)) {
      const file = published(url);
      const meta = await sharp(file).metadata();
      expect(meta.height / meta.width, url).toBeCloseTo(4 / 3, 2);
      expect(near(await stripColour(file, 0, 0.08), RED), `${url} top`).toBe(true);
      expect(near(await stripColour(file, 0.92, 1), BLUE), `${url} bottom`).toBe(true);
    }
  });

  it('turns transparent parts of a PNG screenshot white, not black', async () => {
    const thumbnail = pictures(articleHtml())[2]!;
    const fallback = attr(/<img\b[^>]*>/.exec(thumbnail)![0], 'src')!;
    const { data } = await sharp(published(fallback)).extract({ left: 0, top: 0, width: 4, height: 4 }).raw().toBuffer({ resolveWithObject: true });
    expect(Math.min(...data)).toBeGreaterThan(235);
  });

  it('puts the caption under the inline photo and the gallery where ::gallery stands', () => {
    const page = articleHtml();
    expect(page).toMatch(/<figure class="photo"><picture>.*?<\/picture><figcaption>Chú thích ảnh chèn trong bài\.<\/figcaption><\/figure>/s);
    expect(page).not.toContain('::gallery');
    expect(page).not.toContain('data-gallery-slot');
    const gallery = page.indexOf('data-gallery');
    expect(gallery).toBeGreaterThan(page.indexOf('Đoạn mở đầu'));
    expect(gallery).toBeLessThan(page.indexOf('Đoạn kết'));
  });

  it('links each thumbnail to a large JPEG (for readers without JavaScript), at most 1600 px, without EXIF', async () => {
    const links = [...articleHtml().matchAll(/<a href="([^"]+)" data-gallery-item data-avif="([^"]+)" data-webp="([^"]+)"/g)];
    expect(links.length).toBe(3);
    for (const [, href, avif, webp] of links) {
      const meta = await sharp(published(href!)).metadata();
      expect(meta.format).toBe('jpeg');
      expect(Math.max(meta.width, meta.height)).toBeLessThanOrEqual(1600);
      expect(meta.exif).toBeUndefined();
      for (const candidate of [...srcset(avif!), ...srcset(webp!)]) expect(fs.existsSync(published(candidate.url)), candidate.url).toBe(true);
    }
  });

  it('shares the cover cropped to 1200×630, or the card of its category for an article without a cover', async () => {
    const withCover = /<meta property="og:image" content="https:\/\/[^/]+([^"]+)">/.exec(articleHtml())![1]!;
    expect(await sharp(published(withCover)).metadata()).toMatchObject({ format: 'jpeg', width: 1200, height: 630 });
    const withoutCover = /<meta property="og:image" content="https:\/\/[^/]+([^"]+)">/.exec(html('tin-tuc/bai-hop-le/index.html'))![1]!;
    expect(withoutCover).toMatch(/^\/og\/[a-z0-9-]+\.png$/);
    expect(await sharp(published(withoutCover)).metadata()).toMatchObject({ format: 'png', width: 1200, height: 630 });
  });

  it('lists the album and the article with a gallery in the photo library, and publishes the album page', () => {
    const library = html('thu-vien-anh/index.html');
    expect(library).toContain(`href="/thu-vien-anh/${ALBUM}/"`);
    expect(library).toContain(`href="/tin-tuc/${ARTICLE}/"`);
    const album = html(`thu-vien-anh/${ALBUM}/index.html`);
    expect(album.match(/data-gallery-item/g)?.length).toBe(2);
    expect(album).toContain('Ảnh màn hình trong album.');
  });
});

describe('a rebuild with the cache of the first build', () => {
  const encoded = (output: string) => (output.match(/\(before: \d+kB, after: \d+kB\)/g) ?? []).length;
  const reused = (output: string) => (output.match(/\(reused cache entry\)/g) ?? []).length;

  it('encodes nothing again: every image comes from the cache', () => {
    expect(warm.status, warm.output).toBe(0);
    expect(encoded(cold.output)).toBeGreaterThan(30);
    expect(encoded(warm.output)).toBe(0);
    expect(reused(warm.output)).toBe(encoded(cold.output));
  });

  it('publishes the very same image files', () => {
    const images = (dir: string) => listFiles(path.join(dir, '_astro')).filter((file) => !/\.(css|js|woff2?)$/.test(file));
    expect(images(warmOut)).toEqual(images(out));
    for (const file of images(out)) expect(fs.readFileSync(path.join(warmOut, '_astro', file)).equals(fs.readFileSync(path.join(out, '_astro', file))), file).toBe(true);
    for (const card of fs.readdirSync(path.join(out, 'og')))
      expect(fs.readFileSync(path.join(warmOut, 'og', card)).equals(fs.readFileSync(path.join(out, 'og', card))), card).toBe(true);
  });
});
