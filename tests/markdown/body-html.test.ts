import { describe, expect, it } from 'vitest';
import { feedBody, finishBody, sourcesFromMarkers } from '../../src/markdown/body-html.ts';

/** What Astro's Markdown image step leaves for one photo of markdown-photos.ts. */
const rendered =
  '<figure class="photo"><picture>' +
  '<img data-photo-source="image/avif" alt="Hội trường" sizes="92vw" loading="lazy" decoding="async" width="1600" height="1000" src="/_astro/a_1.avif" srcset="/_astro/a_2.avif 480w, /_astro/a_3.avif 800w">' +
  '<img data-photo-source="image/webp" alt="Hội trường" sizes="92vw" loading="lazy" decoding="async" width="1600" height="1000" src="/_astro/a_4.webp" srcset="/_astro/a_5.webp 480w, /_astro/a_6.webp 800w">' +
  '<img alt="Hội trường" data-photo="" sizes="92vw" loading="lazy" decoding="async" width="1600" height="1000" src="/_astro/a_7.jpeg" srcset="/_astro/a_8.jpeg 480w, /_astro/a_9.jpeg 800w">' +
  '</picture><figcaption>Chú thích</figcaption></figure>';

describe('sourcesFromMarkers', () => {
  it('turns the per-format images into <source> elements with their srcset and sizes, keeping the JPEG <img>', () => {
    const html = sourcesFromMarkers(rendered);
    expect(html).toContain('<source type="image/avif" srcset="/_astro/a_2.avif 480w, /_astro/a_3.avif 800w" sizes="92vw">');
    expect(html).toContain('<source type="image/webp" srcset="/_astro/a_5.webp 480w, /_astro/a_6.webp 800w" sizes="92vw">');
    expect(html).toContain('<img alt="Hội trường" sizes="92vw" loading="lazy" decoding="async" width="1600" height="1000" src="/_astro/a_7.jpeg"');
    expect(html).not.toContain('data-photo');
    expect(html.match(/<img\b/g)).toHaveLength(1);
    expect(html.indexOf('image/avif')).toBeLessThan(html.indexOf('image/webp'));
  });

  it('leaves HTML without photos unchanged', () => {
    const plain = '<p>Ảnh <img src="https://example.org/a.png" alt="x"> và chữ data-photo trong văn bản.</p>';
    expect(sourcesFromMarkers(plain)).toBe(plain);
  });
});

describe('finishBody', () => {
  it('puts the gallery where the ::gallery slot stands', () => {
    expect(finishBody('<p>a</p><div data-gallery-slot=""></div><p>b</p>', '<section>G</section>')).toBe('<p>a</p><section>G</section><p>b</p>');
  });

  it('puts the gallery after the text when there is no slot, and nothing when there is no gallery', () => {
    expect(finishBody('<p>a</p>', '<section>G</section>')).toBe('<p>a</p>\n<section>G</section>');
    expect(finishBody('<p>a</p><div data-gallery-slot=""></div>')).toBe('<p>a</p>');
  });
});

describe('feedBody', () => {
  it('keeps only the JPEG of each photo, without <picture>, and drops the gallery slot', () => {
    const html = feedBody(`${rendered}<div data-gallery-slot=""></div>`);
    expect(html).toBe(
      '<figure class="photo"><img alt="Hội trường" sizes="92vw" loading="lazy" decoding="async" width="1600" height="1000" src="/_astro/a_7.jpeg" srcset="/_astro/a_8.jpeg 480w, /_astro/a_9.jpeg 800w"><figcaption>Chú thích</figcaption></figure>',
    );
  });
});
