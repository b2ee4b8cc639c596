/**
 * How photos are published: the formats, the widths made for each place a
 * photo appears, and the limits a photo file must respect. Templates and the
 * Markdown plugin read these; the content check enforces the limits; the
 * editors' guide (docs/anh-va-thu-vien-anh.md) states them.
 */

/** Modern formats offered in <source>, best first; browsers pick the first they support. */
export const SOURCE_FORMATS = ['avif', 'webp'] as const;
/** What every browser (and every feed reader) can show. */
export const FALLBACK_FORMAT = 'jpeg' as const;
/** Transparent parts (screenshots, PNG graphics) become white, not black, in every published format. */
export const BACKGROUND = '#ffffff';

export interface PhotoPreset {
  /** Widths made for `srcset` (Astro never enlarges: widths above the original are dropped). */
  widths: number[];
  /** The `sizes` attribute: how wide the photo is shown at each viewport. */
  sizes: string;
  /** A crop to this aspect ratio (width / height), or the photo's own ratio. */
  aspect?: number;
}

const COLUMN = '(min-width: 72rem) 46rem, (min-width: 56rem) 64vw, 92vw';

export const PRESETS = {
  /** The article's cover and the home page's lead story: the main column's width. */
  cover: { widths: [480, 800, 1200], sizes: COLUMN },
  /** A photo placed in an article's text. */
  inline: { widths: [480, 800, 1200], sizes: COLUMN },
  /** Article and album cards in lists. */
  card: { widths: [320, 480, 640], sizes: '(min-width: 64rem) 22rem, (min-width: 40rem) 45vw, 92vw' },
  /** Gallery thumbnails, cropped to 4:3: two columns on phones, up to four on wide screens. */
  thumbnail: { widths: [240, 360, 480], sizes: '(min-width: 56rem) 15rem, (min-width: 40rem) 30vw, 46vw', aspect: 4 / 3 },
  /** The enlarged photo in the lightbox. */
  large: { widths: [800, 1600], sizes: '100vw' },
} as const satisfies Record<string, PhotoPreset>;

/** The plain link behind each thumbnail (what readers without JavaScript open): one JPEG this wide. */
export const FULL_VIEW_WIDTH = 1600;

/** Open Graph / social share image. */
export const SHARE_IMAGE = { width: 1200, height: 630 } as const;

/**
 * A photo as it should enter the repository (`npm run shrink-photos`,
 * src/files/shrink-photo.ts): its long side no longer than a web original
 * needs (the largest published variant is FULL_VIEW_WIDTH), at most 5 MB.
 * Every photo committed stays in the repository's history, which every
 * build clones: a camera original of 5–15 MB, five a day, is about 14 GB a
 * year; shrunk, about a tenth.
 */
export const WEB_ORIGINAL = { maxEdge: 2560, maxBytes: 5 * 1024 * 1024, quality: 85 } as const;

/**
 * What a photo file may be, or the content check refuses it. Above the web
 * original's size, so that a phone photo the web editor took in (it
 * re-encodes uploads without their metadata, but keeps their pixels, and
 * refuses files over this size) passes; a larger file is a camera original
 * or a scan, for `npm run shrink-photos`.
 */
export const PHOTO_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxPixels: 64_000_000,
} as const;

/** File types accepted as photos (by extension; the content check also reads the file itself). */
export const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|tiff?)$/i;

/**
 * Width and height of an imported photo. Astro marks a photo as "used
 * outside the image pipeline" when any of its properties is read, and then
 * publishes the original file as-is (EXIF and GPS included); its `clone` is a
 * plain copy that can be read without that effect.
 */
export function photoSize(src: { width: number; height: number }): { width: number; height: number } {
  const copy = (src as { clone?: { width: number; height: number } }).clone ?? src;
  return { width: copy.width, height: copy.height };
}
