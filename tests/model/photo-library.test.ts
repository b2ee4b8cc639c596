import { describe, expect, it } from 'vitest';
import { libraryItems, type AlbumLike, type GalleryArticleLike } from '../../src/model/photo-library.ts';

const photo = (name: string) => ({ src: name, caption: `Chú thích ${name}` });
const album = (id: string, date: string, photos: string[]): AlbumLike<string> => ({
  id,
  data: { title: `Album ${id}`, date: new Date(date), description: `Mô tả ${id}`, photos: photos.map(photo) },
});
const article = (id: string, date: string, gallery: string[], cover?: string): GalleryArticleLike<string> => ({
  id,
  data: { title: `Bài ${id}`, date: new Date(date), summary: `Tóm tắt ${id}`, gallery: gallery.map(photo), ...(cover ? { cover: { src: cover, alt: 'bìa' } } : {}) },
});

describe('libraryItems', () => {
  it('lists albums and articles with a gallery together, newest first', () => {
    const items = libraryItems(
      [album('le-hoi', '2026-02-01T00:00:00Z', ['a1.jpg', 'a2.jpg']), album('mua-gat', '2025-05-16T00:00:00Z', ['m1.jpg'])],
      [article('bong-chuyen', '2026-02-22T00:00:00Z', ['b1.jpg', 'b2.jpg', 'b3.jpg'], 'bia.jpg'), article('hop', '2025-12-01T00:00:00Z', ['h1.jpg'])],
    );
    expect(items.map((item) => `${item.kind}:${item.id}`)).toEqual(['article:bong-chuyen', 'album:le-hoi', 'article:hop', 'album:mua-gat']);
  });

  it('counts the photos behind each link and picks the cover: album first photo, article cover, else first gallery photo', () => {
    const items = libraryItems(
      [album('le-hoi', '2026-02-01T00:00:00Z', ['a1.jpg', 'a2.jpg'])],
      [article('co-bia', '2026-01-02T00:00:00Z', ['g1.jpg', 'g2.jpg', 'g3.jpg'], 'bia.jpg'), article('khong-bia', '2026-01-01T00:00:00Z', ['k1.jpg'])],
    );
    expect(items.map((item) => [item.id, item.cover, item.count, item.description])).toEqual([
      ['le-hoi', 'a1.jpg', 2, 'Mô tả le-hoi'],
      ['co-bia', 'bia.jpg', 3, 'Tóm tắt co-bia'],
      ['khong-bia', 'k1.jpg', 1, 'Tóm tắt khong-bia'],
    ]);
  });

  it('leaves out articles without a gallery and empty albums', () => {
    const items = libraryItems([album('rong', '2026-01-01T00:00:00Z', [])], [article('chu', '2026-01-01T00:00:00Z', [], 'bia.jpg')]);
    expect(items).toEqual([]);
  });

  it('keeps an album and an article with the same id and date apart, in a stable order', () => {
    const items = libraryItems([album('ngay-hoi', '2026-01-01T00:00:00Z', ['a.jpg'])], [article('ngay-hoi', '2026-01-01T00:00:00Z', ['b.jpg'])]);
    expect(items.map((item) => item.kind)).toEqual(['album', 'article']);
  });
});
