/**
 * The photo plugin inside the real Markdown pipeline Astro uses
 * (@astrojs/markdown-satteri, its image-marker step included).
 */
import { describe, expect, it } from 'vitest';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import { galleryMarkerLines, markdownPhotos, photoPlugin } from '../../src/markdown/photos.ts';

async function render(markdown: string) {
  const processor = await createSatteriMarkdownProcessor({ hastPlugins: [photoPlugin] });
  return (await processor.render(markdown, {})).code;
}

/** The image options Astro's marker hands to getImage(), one object per <img>. */
const markers = (html: string) => [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map((m) => JSON.parse(m[1]!.replace(/&quot;/g, '"')) as Record<string, unknown>);

describe('photoPlugin', () => {
  it('turns a photo alone in its paragraph into a figure: AVIF, WebP and JPEG images for Astro, the title as caption', async () => {
    const html = await render('![Toàn cảnh hội nghị](./anh-2.jpg "Hội nghị tổng kết năm 2025.")\n');
    expect(html).toMatch(
      /^<figure class="photo"><picture><img __ASTRO_IMAGE_="[^"]+"><img __ASTRO_IMAGE_="[^"]+"><img __ASTRO_IMAGE_="[^"]+"><\/picture><figcaption>Hội nghị tổng kết năm 2025\.<\/figcaption><\/figure>/,
    );
    const [avif, webp, jpeg] = markers(html);
    expect(avif).toMatchObject({
      src: './anh-2.jpg',
      alt: 'Toàn cảnh hội nghị',
      format: 'avif',
      'data-photo-source': 'image/avif',
      widths: ['480', '800', '1200'],
      background: '#ffffff',
    });
    expect(webp).toMatchObject({ format: 'webp', 'data-photo-source': 'image/webp' });
    expect(jpeg).toMatchObject({ format: 'jpeg', 'data-photo': '' });
    expect(jpeg!.sizes).toBe(avif!.sizes);
  });

  it('makes a figure without caption when the Markdown has no title', async () => {
    const html = await render('![Ảnh](./a.jpg)\n');
    expect(html).toContain('<figure class="photo"><picture>');
    expect(html).not.toContain('<figcaption>');
  });

  it('turns a photo inside a sentence into a <picture> without a figure', async () => {
    const html = await render('Xem ảnh ![sơ đồ](./so-do.png) bên dưới.\n');
    expect(html).toMatch(/^<p>Xem ảnh <picture>(<img __ASTRO_IMAGE_="[^"]+">){3}<\/picture> bên dưới\.<\/p>/);
    expect(html).not.toContain('<figure');
  });

  it('leaves photos from other websites alone (the content check refuses them)', async () => {
    const html = await render('![ngoài](https://example.org/a.jpg)\n');
    expect(html).not.toContain('<picture>');
    expect(html).toContain('https://example.org/a.jpg');
  });

  it('turns a line holding only ::gallery into the gallery slot', async () => {
    expect(await render('Mở đầu.\n\n::gallery\n\nKết.\n')).toBe('<p>Mở đầu.</p>\n<div data-gallery-slot=""></div>\n<p>Kết.</p>\n');
  });

  it('leaves colons in ordinary prose alone (no directive syntax)', async () => {
    expect(await render('Lúc 8:30, Ghi chú:xem lại và ::gallery ở giữa câu.\n')).toBe('<p>Lúc 8:30, Ghi chú:xem lại và ::gallery ở giữa câu.</p>\n');
  });
});

describe('markdownPhotos', () => {
  it('lists photos with alt, path, title and line, outside code', () => {
    const body = [
      'Mở đầu.',
      '',
      '![Toàn cảnh](./anh-2.jpg "Chú thích")',
      '',
      '```',
      '![trong code](./khong.jpg)',
      '```',
      "Câu có ![](./khong-mo-ta.png 'Tiêu đề') và `![x](./ma.jpg)`.",
    ].join('\n');
    expect(markdownPhotos(body)).toEqual([
      { alt: 'Toàn cảnh', src: './anh-2.jpg', title: 'Chú thích', line: 3 },
      { alt: '', src: './khong-mo-ta.png', title: 'Tiêu đề', line: 8 },
    ]);
  });
});

describe('galleryMarkerLines', () => {
  it('finds lines holding only the marker', () => {
    expect(galleryMarkerLines('a\n::gallery\nb ::gallery\n  ::gallery  \n')).toEqual([2, 4]);
  });
});
