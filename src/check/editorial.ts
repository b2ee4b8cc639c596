/**
 * Editorial rules for the body of an article, notice or page, checked by
 * `npm run check` on the Markdown as the site's own parser (Sätteri) reads
 * it, so a heading inside a code block is not a heading:
 *
 * - headings start at level 2 (`##`; the title is the page's only `#`) and
 *   go down one level at a time;
 * - no empty sections (a heading followed straight by another of the same
 *   or a higher level, or by the end of the text);
 * - links inside the portal lead to a page that exists, and no relative
 *   link points at a file the site does not publish;
 * - photos written as raw `<img>` (not published with the entry) are refused;
 *   Markdown photos (`![…](./anh.jpg)`) are checked by validate.ts with the
 *   other photo rules;
 * - no raw HTML that the build would have to remove for safety (scripts,
 *   inline event handlers, `javascript:` links, iframes other than the
 *   allowlisted video players — see html-policy.ts).
 *
 * Each problem names its line in the file and says what to do, in Vietnamese.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugify } from '../model/slugify.ts';
import { htmlToHast, markdownToMdast, type MdastNode } from 'satteri';
import { isDangerous, isLocalPath, isSafeUrl, sanitizeTree, VIDEO_EMBEDS, type HastLike, type Removal } from '../markdown/html-policy.ts';
import { photosOf, type MarkdownPhoto } from '../markdown/photos.ts';

export interface BodyProblem {
  line: number;
  message: string;
}

/** An internal link of a body (`/tin-tuc/…`), checked against the content once every file is read. */
export interface BodyLink {
  line: number;
  url: string;
}

/** What one body says on its own: its problems, its links inside the portal (checked later, against every entry), its photos. */
export interface BodyReading {
  problems: BodyProblem[];
  links: BodyLink[];
  /** Photos written `![alt](./anh.jpg)`, with their line in the file (validate.ts checks their files). */
  photos: MarkdownPhoto[];
}

/** One entry's body, as the content check read it. */
export interface EntryBody {
  /** The path shown to the editor. */
  shown: string;
  collection: string;
  id: string;
  tags: unknown[];
  reading: BodyReading;
}

/** The route folders of the site (src/pages, beside this module's folder). */
export const PAGES_DIR = path.resolve(import.meta.dirname, '../pages');

/**
 * The editorial rules over every body, with link targets taken from the
 * entries themselves: problems as `{ file, line, field, message }`.
 */
export function checkBodies(entries: readonly EntryBody[], categorySlugs: readonly string[], pagesDir = PAGES_DIR) {
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const targets: LinkTargets = {
    articles: ids('articles'),
    notices: ids('notices'),
    pages: ids('pages'),
    categories: new Set(categorySlugs),
    tags: new Set(entries.flatMap((e) => e.tags.filter((t): t is string => typeof t === 'string').map(slugify))),
    sections: routeSections(pagesDir),
  };
  return entries.flatMap((entry) => withLinks(entry.reading, targets).map((p) => ({ file: entry.shown, line: p.line, field: 'nội dung', message: p.message })));
}

/** A body's own problems and those of its internal links, in line order. */
function withLinks(reading: BodyReading, targets: LinkTargets): BodyProblem[] {
  const broken = reading.links.flatMap(({ line, url }) => {
    const why = brokenInternalLink(url, targets);
    return why ? [{ line, message: `${why}; hãy kiểm tra lại đường dẫn (ví dụ /tin-tuc/ten-bai-viet/)` }] : [];
  });
  return [...reading.problems, ...broken].sort((a, b) => a.line - b.line);
}

/** What internal links may point to: ids of each collection and the route sections of src/pages. */
export interface LinkTargets {
  articles: ReadonlySet<string>;
  notices: ReadonlySet<string>;
  pages: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  tags: ReadonlySet<string>;
  /** First path segments served by route files (`tim-kiem`, `so-do-trang`, `thu-vien-anh`…), besides content pages. */
  sections: ReadonlySet<string>;
}

/** Route folders whose second segment is a content id, checked against the content; `null` = anything goes. */
const ID_SECTIONS: Record<string, keyof LinkTargets | null> = {
  'tin-tuc': 'articles',
  'thong-bao': 'notices',
  'chuyen-muc': 'categories',
  the: 'tags',
};

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

/**
 * The first path segments served by the route files in `pagesDir`
 * (`src/pages`): `tim-kiem.astro` → `tim-kiem`, `thu-vien-anh/` → `thu-vien-anh`.
 * Dynamic top-level routes (`[page].astro`) are the content pages, checked separately.
 */
export function routeSections(pagesDir: string): Set<string> {
  if (!fs.existsSync(pagesDir)) return new Set();
  return new Set(
    fs
      .readdirSync(pagesDir)
      .filter((name) => !name.startsWith('[') && !name.startsWith('_'))
      .map((name) => name.replace(/\.(astro|ts|js|md)$/, '')),
  );
}

/** Why an internal link (`/tin-tuc/slug/`) leads nowhere, or undefined when it resolves. */
export function brokenInternalLink(href: string, targets: LinkTargets): string | undefined {
  const pathname = href.replace(/[?#].*$/, '');
  let segments: string[];
  try {
    segments = decodeURIComponent(pathname).split('/').filter(Boolean);
  } catch {
    return `đường dẫn «${href}» không hợp lệ`;
  }
  const [first, second] = segments;
  if (!first) return undefined;
  if (first in ID_SECTIONS) {
    if (!second || /^\d+$/.test(second) || second === 'rss.xml') return undefined;
    const kind = ID_SECTIONS[first]!;
    if (kind && !targets[kind].has(second)) {
      const what = { articles: 'bài viết', notices: 'thông báo', categories: 'chuyên mục', tags: 'từ khóa' }[kind as 'articles' | 'notices' | 'categories' | 'tags'];
      return `liên kết «${href}» dẫn tới ${what} «${second}» không có trên trang`;
    }
    return undefined;
  }
  if (segments.length === 1 && targets.pages.has(first)) return undefined;
  if (targets.sections.has(first)) return undefined;
  return `liên kết «${href}» dẫn tới một trang không có trên cổng`;
}

/** The line inside a multi-line HTML snippet where `needle` first appears (0-based offset), else 0. */
function offsetOf(snippet: string, needle: string): number {
  const at = snippet.toLowerCase().indexOf(needle.toLowerCase());
  return at < 0 ? 0 : snippet.slice(0, at).split('\n').length - 1;
}

/** Why an element is refused, and what to write instead. */
function refusedElementMessage(tag: string): string {
  if (tag === 'audio' || tag === 'source' || tag === 'track') {
    return `thẻ <${tag}> không được dùng trong nội dung; muốn đăng bản tin âm thanh, hãy đặt tệp .mp3 cạnh bài và khai báo trong attachments (trang sẽ có trình phát)`;
  }
  if (tag === 'video') return 'thẻ <video> không được dùng trong nội dung; hãy đưa video lên YouTube hoặc Vimeo rồi nhúng bằng <iframe> của trang đó';
  return `thẻ <${tag}> không được phép trong nội dung vì lý do an toàn; hãy xóa thẻ này (muốn nhúng video, dùng <iframe> của YouTube hoặc Vimeo)`;
}

function describeRemoval(removal: Removal): { needle: string; message: string } {
  switch (removal.kind) {
    case 'element':
      return { needle: `<${removal.tag}`, message: refusedElementMessage(removal.tag) };
    case 'attribute':
      return {
        needle: removal.attribute ?? '',
        message: `thuộc tính ${removal.attribute}="…" trên thẻ <${removal.tag}> có thể chạy mã JavaScript và không được phép; hãy xóa thuộc tính này`,
      };
    case 'url':
      return {
        needle: removal.value?.slice(0, 12) ?? removal.attribute ?? '',
        message: `địa chỉ «${removal.value}» trong ${removal.attribute} của thẻ <${removal.tag}> không an toàn (chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong trang); hãy sửa hoặc xóa liên kết`,
      };
    case 'iframe':
      return {
        needle: '<iframe',
        message: `chỉ được nhúng video từ ${[...new Set(VIDEO_EMBEDS.map((e) => e.host.replace(/^www\./, '')))].join(', ')}; khung nhúng «${removal.value}» sẽ bị bỏ. Hãy dùng địa chỉ nhúng (embed) của video hoặc đặt một liên kết thường`,
      };
    case 'image':
      return {
        needle: '<img',
        message: `ảnh «${removal.value}» lấy từ nơi khác sẽ không được đăng; hãy tải ảnh về, đặt tệp cạnh bài rồi viết ![mô tả ảnh](./ten-anh.jpg "chú thích")`,
      };
    case 'raw':
      return { needle: '<', message: 'đoạn HTML này không đọc được; hãy viết bằng Markdown' };
  }
}

/** Problems in raw HTML written into the Markdown: dangerous markup, and `<img>` the build cannot publish. */
function checkHtml(snippet: string, line: number, report: (p: BodyProblem) => void) {
  const parsed = htmlToHast(snippet, { fragment: true }) as unknown as HastLike;
  const { removed } = sanitizeTree(parsed);
  const seen = new Set<string>();
  for (const removal of removed.filter(isDangerous)) {
    const { needle, message } = describeRemoval(removal);
    if (seen.has(message)) continue;
    seen.add(message);
    report({ line: line + offsetOf(snippet, needle), message });
  }
  const visit = (node: HastLike) => {
    if (node.type === 'element' && node.tagName === 'img') {
      const src = typeof node.properties?.src === 'string' ? node.properties.src : '';
      const at = line + offsetOf(snippet, '<img');
      // An image from elsewhere is reported with the policy's removals above.
      if (isLocalPath(src)) {
        report({ line: at, message: `ảnh «${src}» viết bằng thẻ <img> sẽ không được đăng kèm bài; hãy viết ![mô tả ảnh](${src || './ten-anh.jpg'}) và đặt ảnh cạnh tệp bài viết` });
      }
    }
    node.children?.forEach(visit);
  };
  visit(parsed);
}

/** Check one body against given link targets (readBody, then its links). */
export function checkBody(body: string, firstLine: number, targets: LinkTargets): BodyProblem[] {
  return withLinks(readBody(body, firstLine), targets);
}

/**
 * Read one body: `body` is the text after the front matter, `firstLine`
 * the file line the body starts on. Everything but its internal links'
 * targets is checked here, so the result depends on this file alone.
 */
export function readBody(body: string, firstLine: number): BodyReading {
  const problems: BodyProblem[] = [];
  const links: BodyLink[] = [];
  const lineOf = (node: { position?: { start: { line: number } } }) => firstLine - 1 + (node.position?.start.line ?? 1);
  const report = (p: BodyProblem) => problems.push(p);
  const root = markdownToMdast(body) as MdastNode & { children: MdastNode[] };

  // Headings: levels and empty sections, on the top-level blocks.
  let previousDepth = 1;
  const blocks = root.children;
  blocks.forEach((block, i) => {
    if (block.type !== 'heading') return;
    const line = lineOf(block);
    const marks = '#'.repeat(block.depth);
    if (block.depth === 1) {
      report({ line, message: 'tiêu đề cấp 1 (# …) đã dành cho tên bài; hãy dùng ## cho các mục trong bài' });
    } else if (block.depth > previousDepth + 1) {
      report({
        line,
        message:
          previousDepth === 1
            ? `mục đầu tiên phải là tiêu đề cấp 2 (## …), không phải ${marks}; hãy đổi thành ##`
            : `tiêu đề ${marks} nhảy cấp sau ${'#'.repeat(previousDepth)}; hãy dùng ${'#'.repeat(previousDepth + 1)} (mỗi lần chỉ xuống một cấp)`,
      });
    }
    previousDepth = Math.max(block.depth, 1);
    const next = blocks[i + 1];
    if (!next || (next.type === 'heading' && next.depth <= block.depth)) {
      report({ line, message: `mục «${headingText(block)}» không có nội dung; hãy viết nội dung cho mục hoặc xóa tiêu đề này` });
    }
  });

  // Reference-style links (`[text][ref]` with `[ref]: https://…` below) are checked with the address of their definition:
  // what the page would link to, whichever way the editor wrote it.
  const definitions = new Map<string, string>();
  const collect = (node: MdastNode) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) (node.children as MdastNode[]).forEach(collect);
  };
  collect(root);

  const checkLink = (url: string, line: number) => {
    if (!isSafeUrl(url)) {
      report({ line, message: `liên kết «${url}» không an toàn (chỉ dùng https://, http://, mailto:, tel: hoặc đường dẫn trong trang); hãy sửa hoặc xóa liên kết` });
    } else if (url.startsWith('/') && !url.startsWith('//')) {
      links.push({ line, url });
    } else if (!SCHEME.test(url) && !url.startsWith('#') && !url.startsWith('//')) {
      report({
        line,
        message: `liên kết tương đối «${url}» sẽ không hoạt động trên trang; với tệp đính kèm hãy khai báo trong attachments, với bài khác hãy ghi đường dẫn đầy đủ như /tin-tuc/ten-bai-viet/`,
      });
    }
  };

  // Photos, links and raw HTML anywhere in the body.
  const visit = (node: MdastNode) => {
    if (node.type === 'link') {
      checkLink(node.url ?? '', lineOf(node));
    } else if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) checkLink(url, lineOf(node));
    } else if (node.type === 'imageReference' && definitions.has(node.identifier)) {
      // The photo step and the content check read photos written inline; a reference would reach the page unprocessed.
      report({
        line: lineOf(node),
        message: `ảnh viết kiểu tham chiếu «![${node.alt ?? ''}][${node.label ?? node.identifier}]» không được đăng; hãy viết ngay tại chỗ: ![mô tả ảnh](./ten-anh.jpg "chú thích")`,
      });
    } else if (node.type === 'html') {
      checkHtml(node.value, lineOf(node), report);
    }
    if ('children' in node) (node.children as MdastNode[]).forEach(visit);
  };
  visit(root);
  const photos = photosOf(root).map((photo) => ({ ...photo, line: firstLine - 1 + photo.line }));
  return { problems, links, photos };
}

function headingText(node: MdastNode): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as MdastNode[]).map(headingText).join('');
  return '';
}
