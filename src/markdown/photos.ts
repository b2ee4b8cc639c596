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
import { markdownToMdast, type HastPluginDefinition, type MdastNode, type PluginFactoryContext } from 'satteri';
import type { Element, ElementContent, Properties } from 'hast';
import { BACKGROUND, FALLBACK_FORMAT, PRESETS, SOURCE_FORMATS } from '../model/photos.ts';
import { isLocalPath } from './html-policy.ts';
import { resolveContentFile } from '../files/content-files.ts';
import { contentDir } from '../config/content-folder.ts';
import { fileURLToPath } from 'node:url';

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
export const isLocalPhoto = isLocalPath;

const element = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({ type: 'element', tagName, properties, children });
const isBlank = (node: ElementContent) => node.type === 'text' && !node.value.trim();
const isPhoto = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' &&
  node.tagName === 'img' &&
  typeof node.properties.src === 'string' &&
  isLocalPhoto(node.properties.src) &&
  !(PHOTO_ATTRIBUTE in node.properties) &&
  !(SOURCE_ATTRIBUTE in node.properties);

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
  return element('figure', { className: ['photo'] }, [pictureFor(img), ...(caption ? [element('figcaption', {}, [{ type: 'text', value: caption }])] : [])]);
}

/**
 * The photo step; `checkPath` (given the Markdown file's path) refuses a photo path that
 * leaves the content folder (content-files.ts) before Astro's image step would read it.
 */
export function photoPluginFor(checkPath: (src: string) => void = () => {}): HastPluginDefinition {
  const photo = (node: ElementContent | undefined): node is Element => {
    if (!isPhoto(node)) return false;
    checkPath(node.properties.src as string);
    return true;
  };
  /** The one element or text of a paragraph, blanks aside. */
  const onlyChild = (paragraph: Readonly<Element>) => {
    const children = paragraph.children.filter((child) => !isBlank(child));
    return children.length === 1 ? children[0] : undefined;
  };
  return {
    name: 'portal-photos',
    element: [
      {
        filter: ['p'],
        visit(node, ctx) {
          const only = onlyChild(node);
          if (only?.type === 'text' && only.value.trim() === GALLERY_MARKER) {
            ctx.replaceNode(node, element('div', { dataGallerySlot: '' }));
          } else if (photo(only)) {
            ctx.replaceNode(node, figureFor(only));
          }
        },
      },
      {
        // A photo inside a sentence, a list or a table: a <picture> without a caption.
        filter: ['img'],
        visit(node, ctx) {
          // A photo alone in its paragraph became a figure above: Sätteri would drop (and warn of) a second change.
          const parent = ctx.parent(node);
          if (parent?.type === 'element' && parent.tagName === 'p' && onlyChild(parent as Element) !== undefined) return;
          if (photo(node)) ctx.replaceNode(node, pictureFor(node));
        },
      },
    ],
  };
}

export const photoPlugin = photoPluginFor();

/** A photo path of the body at `file`, refused (thrown) when it is not a file of the content folder. */
function photoPathChecker(file: string): (src: string) => void {
  return (src) => {
    let written = src;
    try {
      written = decodeURI(src);
    } catch {
      // Left as written: the resolver then reports it as missing.
    }
    const resolved = resolveContentFile(contentDir(), file, written);
    // A missing photo reads nothing (the content check reports it); a path out of the folder would.
    if (!resolved.ok && resolved.kind !== 'missing') throw new Error(`${file}: ${resolved.message}`);
  };
}

/** Only bodies with a Markdown photo, an <img> or a gallery line are visited: the plugin reads every paragraph. */
export const photosWhereNeeded = ({ source, fileURL }: PluginFactoryContext) =>
  /!\[|<img|::gallery/i.test(source) ? photoPluginFor(fileURL ? photoPathChecker(fileURLToPath(fileURL)) : undefined) : null;

export interface MarkdownPhoto {
  alt: string;
  src: string;
  title?: string;
  /** 1-based line within the body. */
  line: number;
}

/** The photos (`![alt](src "title")`) of a parsed Markdown body, in order; code is not Markdown, so photos in it are not listed. */
export function photosOf(root: MdastNode): MarkdownPhoto[] {
  const photos: MarkdownPhoto[] = [];
  const visit = (node: MdastNode) => {
    if (node.type === 'image') {
      photos.push({ alt: (node.alt ?? '').trim(), src: node.url, ...(node.title ? { title: node.title } : {}), line: node.position?.start.line ?? 1 });
    }
    if ('children' in node) (node.children as MdastNode[]).forEach(visit);
  };
  visit(root);
  return photos;
}

/** The photos written in a Markdown body (see photosOf). */
export function markdownPhotos(body: string): MarkdownPhoto[] {
  return photosOf(markdownToMdast(body) as MdastNode);
}

/** Lines (1-based, within the body) holding only the gallery marker. */
export function galleryMarkerLines(body: string): number[] {
  return body.split(/\r?\n/).flatMap((text, i) => (text.trim() === GALLERY_MARKER ? [i + 1] : []));
}
