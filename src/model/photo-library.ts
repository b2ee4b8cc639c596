/**
 * The photo library (Thư viện ảnh): albums, and articles that carry a
 * gallery, as one list, newest first. Pure, over a minimal entry shape.
 */
import { byNewest } from './articles.ts';

export interface LibraryPhoto<P> {
  src: P;
  caption: string;
  alt?: string;
}

export interface AlbumLike<P> {
  id: string;
  data: { title: string; date: Date; description: string; photos: LibraryPhoto<P>[] };
}

export interface GalleryArticleLike<P> {
  id: string;
  data: { title: string; date: Date; summary: string; gallery: LibraryPhoto<P>[]; cover?: { src: P; alt: string } };
}

export interface LibraryItem<P> {
  kind: 'album' | 'article';
  id: string;
  title: string;
  date: Date;
  description: string;
  /** The photo shown on the list: an album's first photo, an article's cover or else its first gallery photo. */
  cover: P;
  /** Photos the reader will find behind the link. */
  count: number;
}

export function libraryItems<P>(albums: readonly AlbumLike<P>[], articles: readonly GalleryArticleLike<P>[]): LibraryItem<P>[] {
  const items: LibraryItem<P>[] = [
    ...albums
      .filter((album) => album.data.photos.length > 0)
      .map((album) => ({
        kind: 'album' as const,
        id: album.id,
        title: album.data.title,
        date: album.data.date,
        description: album.data.description,
        cover: album.data.photos[0]!.src,
        count: album.data.photos.length,
      })),
    ...articles
      .filter((article) => article.data.gallery.length > 0)
      .map((article) => ({
        kind: 'article' as const,
        id: article.id,
        title: article.data.title,
        date: article.data.date,
        description: article.data.summary,
        cover: article.data.cover?.src ?? article.data.gallery[0]!.src,
        count: article.data.gallery.length,
      })),
  ];
  // byNewest breaks ties by id; an album and an article may share one, so the kind decides last.
  return items.sort((a, b) => byNewest({ id: a.id, data: a }, { id: b.id, data: b }) || a.kind.localeCompare(b.kind));
}
