/**
 * The last step of a Markdown body's HTML, after Astro has processed its
 * photos (see markdown-photos.ts): the per-format <img>s become <source>
 * elements of their <picture>, and the `::gallery` slot receives the gallery.
 */
import { GALLERY_SLOT, PHOTO_ATTRIBUTE, SOURCE_ATTRIBUTE } from './photos.ts';

const SOURCE_IMG = new RegExp(`<img\\b[^>]*\\b${SOURCE_ATTRIBUTE}="([^"]+)"[^>]*>`, 'g');
const PHOTO_MARK = new RegExp(`\\s${PHOTO_ATTRIBUTE}(?:="")?(?=[\\s>/])`, 'g');

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
/** The JPEG <img> of a body photo without its marker attribute (only inside <img> tags, never in text). */
const unmark = (html: string) => html.replace(/<img\b[^>]*>/g, (tag) => tag.replace(PHOTO_MARK, ''));

/** `<img data-photo-source="image/avif" src srcset sizes …>` → `<source type="image/avif" srcset sizes>`. */
export function sourcesFromMarkers(html: string): string {
  return unmark(
    html.replace(SOURCE_IMG, (tag, type: string) => {
      const srcset = attribute(tag, 'srcset') ?? attribute(tag, 'src') ?? '';
      const sizes = attribute(tag, 'sizes');
      return `<source type="${type}" srcset="${srcset}"${sizes ? ` sizes="${sizes}"` : ''}>`;
    }),
  );
}

/**
 * A body as pages show it: <picture> sources in place, and the gallery at
 * the `::gallery` line, or after the text when there is no such line.
 */
export function finishBody(html: string, gallery = ''): string {
  const body = sourcesFromMarkers(html);
  if (body.includes(GALLERY_SLOT)) return body.split(GALLERY_SLOT).join(gallery);
  return gallery ? `${body}\n${gallery}` : body;
}

/** A body as feeds carry it: only the JPEG of each photo (feed readers rarely know <picture>), no gallery slot. */
export function feedBody(html: string): string {
  return unmark(html.replace(SOURCE_IMG, ''))
    .replace(/<\/?picture>/g, '')
    .split(GALLERY_SLOT)
    .join('');
}
