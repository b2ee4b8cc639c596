/**
 * Photos written in Markdown bodies.
 *
 * Editors place a photo with plain Markdown, its caption as the title:
 *
 *     ![Toàn cảnh hội nghị](./anh-2.jpg "Hội nghị tổng kết năm 2025 tại hội trường UBND xã.")
 *
 * and place the article's gallery (front matter `gallery`) with a line
 * holding only `::gallery`. (Sätteri's directive syntax is not switched on:
 * it would also read "8:30" and "Email:abc" in ordinary prose as directives.)
 *
 * `photoPlugin` (a Sätteri hast plugin, see astro.config.mjs) turns each local
 * photo into a <picture>: one <img> per format, each carrying the options
 * Astro's Markdown image step hands to getImage(), so every variant goes
 * through the image pipeline. A photo alone in its paragraph becomes a
 * <figure> with its caption. body-html.ts then turns the extra <img>s into
 * <source> elements. `markdownPhotos` lists the photos of a body for the
 * content check.
 */
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Properties } from 'hast';
import { BACKGROUND, FALLBACK_FORMAT, PRESETS, SOURCE_FORMATS } from './photos.ts';

/** The line that places an article's gallery in its body. */
export const GALLERY_MARKER = '::gallery';

/** Attribute marking the <img>s that body-html.ts turns into <source type="…">. */
export const SOURCE_ATTRIBUTE = 'data-photo-source';
/** Attribute marking the fallback <img> of a body photo. */
export const PHOTO_ATTRIBUTE = 'data-photo';
/** The element a `::gallery` line becomes, replaced by the gallery when the page is rendered. */
export const GALLERY_SLOT = '<div data-gallery-slot=""></div>';

const MIME = { avif: 'image/avif', webp: 'image/webp' } as const;

/** A photo file next to the Markdown (not a web address, not a site path). */
export function isLocalPhoto(src: string): boolean {
  return !/^(?:[a-z][a-z0-9+.-]*:|\/|#)/i.test(src);
}

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
const isPhoto = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'img' && typeof node.properties.src === 'string' && isLocalPhoto(node.properties.src) && !(PHOTO_ATTRIBUTE in node.properties) && !(SOURCE_ATTRIBUTE in node.properties);

/** <picture> with an <img> per format; Astro's image step fills in src, srcset, width and height. */
export function pictureFor(img: Element): Element {
  const { src, alt = '' } = img.properties;
  const { widths, sizes } = PRESETS.inline;
  // An array of strings on purpose (hast's types say string): Astro's image marker keeps it (it drops arrays
  // of numbers) and hands it to getImage() as `widths`.
  const common: Properties = { src, alt, widths: widths.map(String) as unknown as string, sizes, background: BACKGROUND };
  return element('picture', {}, [
    ...SOURCE_FORMATS.map((format) => element('img', { ...common, format, [SOURCE_ATTRIBUTE]: MIME[format] })),
    element('img', { ...common, format: FALLBACK_FORMAT, [PHOTO_ATTRIBUTE]: '' }),
  ]);
}

/** <figure class="photo"> with the picture and, when the Markdown gives a title, its caption. */
export function figureFor(img: Element): Element {
  const caption = typeof img.properties.title === 'string' ? img.properties.title.trim() : '';
  return element('figure', { className: ['photo'] }, [
    pictureFor(img),
    ...(caption ? [element('figcaption', {}, [{ type: 'text', value: caption }])] : []),
  ]);
}

export const photoPlugin: HastPluginDefinition = {
  name: 'portal-photos',
  element: [
    {
      filter: ['p'],
      visit(node, ctx) {
        const children = node.children.filter((child) => !isBlank(child));
        const only = children.length === 1 ? children[0] : undefined;
        if (only?.type === 'text' && only.value.trim() === GALLERY_MARKER) {
          ctx.replaceNode(node, element('div', { dataGallerySlot: '' }));
        } else if (isPhoto(only)) {
          ctx.replaceNode(node, figureFor(only));
        }
      },
    },
    {
      // A photo inside a sentence, a list or a table: a <picture> without a caption.
      filter: ['img'],
      visit(node, ctx) {
        if (isPhoto(node)) ctx.replaceNode(node, pictureFor(node));
      },
    },
  ],
};

/** Only bodies with a Markdown photo, an <img> or a gallery line are visited: the plugin reads every paragraph. */
export const photosWhereNeeded = ({ source }: PluginFactoryContext) => (/!\[|<img|::gallery/i.test(source) ? photoPlugin : null);

export interface MarkdownPhoto {
  alt: string;
  src: string;
  title?: string;
  /** 1-based line within the body. */
  line: number;
}

/**
 * The photos written as `![alt](src "title")` in a Markdown body, outside
 * code. Used by the content check to require alt text and existing files.
 */
export function markdownPhotos(body: string): MarkdownPhoto[] {
  const photos: MarkdownPhoto[] = [];
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((text, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (marker && (!fence || marker.startsWith(fence))) {
      fence = fence ? undefined : marker;
      return;
    }
    if (fence) return;
    const outsideCode = text.replace(/`[^`]*`/g, '');
    for (const match of outsideCode.matchAll(/!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"([^"]*)"|'([^']*)'))?\s*\)/g)) {
      photos.push({ alt: match[1]!.trim(), src: match[2]!, title: match[3] ?? match[4], line: i + 1 });
    }
  });
  return photos;
}

/** Lines (1-based, within the body) holding only the gallery marker. */
export function galleryMarkerLines(body: string): number[] {
  return body.split(/\r?\n/).flatMap((text, i) => (text.trim() === GALLERY_MARKER ? [i + 1] : []));
}
