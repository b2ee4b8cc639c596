/**
 * One legacy page → one article, or the reason it is not one. Runs in the
 * import's worker threads (extract-worker.ts): parsing and Readability are
 * most of an import's time.
 *
 * 1. The bytes are decoded (charset.ts) and parsed by linkedom.
 * 2. What the page says of itself is read before anything is removed: its
 *    title, date, byline and section, from meta tags, the heading and the
 *    lines around it, the breadcrumb.
 * 3. Home, list, search and contact pages are recognised (classify.ts).
 * 4. The portal's furniture is removed (noise.ts) and Mozilla's Readability
 *    finds the article's own content; what it keeps of the furniture is
 *    removed by its text.
 * 5. Photos become placeholders with their caption (the paragraph under a
 *    photo, a figcaption, a table cell), files linked from the text become
 *    attachments, the byline at the end is taken out, and the rest becomes
 *    Markdown (markdown.ts).
 */
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { ATTACHMENT_EXTENSIONS } from '../model/attachment-types.ts';
import { SUMMARY_LENGTH, TITLE_LENGTH } from '../model/schemas/fields.ts';
import { decodePage } from './charset.ts';
import { KIND_NAMES, kindFromAddress, kindFromShape, pageShape } from './classify.ts';
import { dateFromStamp, dateInAddress, dateInText, formatFound, labelledDate, type FoundDate } from './dates.ts';
import { readByline, type Byline } from './byline.ts';
import { cleanTitle, isAllCaps, sentenceCase } from './title.ts';
import { isNoiseText, isPlaceholderAlt, NOISE_SELECTOR, OTHER_NEWS } from './noise.ts';
import { fixLegacyText } from './legacy-text.ts';
import { toMarkdown } from './markdown.ts';
import type { DateSource, Extraction, ExtractedFile, ExtractedPhoto, SourcePage } from './types.ts';

const collapse = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** An address on the page made absolute, or undefined when it is not a web address. */
function absolute(href: string | null | undefined, base: string): string | undefined {
  if (!href || /^(javascript|mailto|tel|data):/i.test(href.trim()) || href.trim().startsWith('#')) return undefined;
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/** The content of the first meta tag with one of `names` (name, property or itemprop). */
function metaOf(document: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const tag = document.querySelector(`meta[name="${name}" i], meta[property="${name}" i], meta[itemprop="${name}" i]`);
    const content = collapse(tag?.getAttribute('content'));
    if (content) return content;
  }
  return undefined;
}

/** The element holding the article's title on the page: a heading whose text is (the start of) the title. */
function titleElement(document: Document, title: string): Element | undefined {
  const wanted = collapse(title).toLowerCase();
  const headings = Array.from(document.querySelectorAll('h1, h2, h3, [class*="title" i], [class*="tieude" i], [class*="tieu-de" i]'));
  return headings.find((el) => {
    const text = collapse(el.textContent).toLowerCase();
    return text.length >= 10 && (text === wanted || wanted.startsWith(text) || text.startsWith(wanted));
  });
}

/** The text that follows `start` in the document, up to `limit` characters: where portals put the date and the view counter. */
function textAfter(document: Document, start: Element, limit = 400): string {
  const out: string[] = [];
  let length = 0;
  let passed = false;
  const walk = (node: Node): boolean => {
    if (node === start) {
      passed = true;
      return false;
    }
    if (node.nodeType === 3 && passed) {
      const text = node.textContent ?? '';
      out.push(text);
      length += text.length;
      return length >= limit;
    }
    if (node.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT)$/.test(node.nodeName)) return false;
    for (const child of Array.from(node.childNodes)) {
      if (walk(child)) return true;
      // Block ends become line ends, for the labelled-date lines.
      if (passed && child.nodeType === 1 && /^(P|DIV|LI|TR|H\d|BR|SPAN|TIME)$/.test(child.nodeName)) out.push('\n');
    }
    return false;
  };
  walk(document.body);
  return out.join('');
}

/** The trail of the breadcrumb (its links' text), without «Trang chủ». */
function breadcrumb(document: Document): string[] {
  const trail = document.querySelector('[class*="breadcrumb" i], [id*="breadcrumb" i], [class*="duongdan" i], [class*="duong-dan" i], [class*="path" i]');
  if (!trail) return [];
  const items = Array.from(trail.querySelectorAll('a, li, span'))
    .map((el) => collapse(el.textContent))
    .filter((text) => text && text.length <= 60);
  const unique = [
    ...new Set(
      items.length
        ? items
        : collapse(trail.textContent)
            .split(/[»>›/|]/)
            .map(collapse),
    ),
  ];
  return unique.filter((text) => text && !/^(trang\s+chủ|home|trang\s+nhất)$/i.test(text));
}

/** The section a page sat under: its breadcrumb's last step, a category link or meta tag, or the address's first folder. */
function sectionOf(document: Document, url: string, title: string): string | undefined {
  const trail = breadcrumb(document).filter((step) => step.toLowerCase() !== title.toLowerCase() && !title.toLowerCase().startsWith(step.toLowerCase()));
  if (trail.length) return trail.at(-1);
  const tagged = collapse(document.querySelector('a[rel~="category"], .cat-links a, [class*="category" i] a, [class*="chuyenmuc" i] a')?.textContent);
  if (tagged) return tagged;
  const meta = metaOf(document, 'article:section', 'category');
  if (meta) return meta;
  const first = new URL(url).pathname.split('/').filter(Boolean);
  return first.length > 1 && !/\d{4}/.test(first[0]!) && !/^(portal|pages|news|Pages)$/i.test(first[0]!) ? decodeURIComponent(first[0]!) : undefined;
}

/** Elements that are only their images (and the placeholder text): a photo's own block. */
function textWithout(el: Element, skip: Element | undefined): string {
  let text = '';
  const walk = (node: Node) => {
    if (node === skip) return;
    if (node.nodeType === 3) text += node.textContent ?? '';
    else for (const child of Array.from(node.childNodes)) walk(child);
  };
  walk(el);
  return collapse(text.replace(/anh\s+tin\s+bai|ảnh\s+tin\s+bài/gi, ''));
}

const BLOCK = /^(P|DIV|FIGURE|TABLE|TBODY|TR|TD|TH|CENTER|SECTION|LI|UL|OL|BLOCKQUOTE|H\d)$/;

/** A caption tied to `img` by the markup: its figure's figcaption, a WordPress caption, the row under it in a layout table. */
function markedCaption(img: Element): { text: string; element: Element } | undefined {
  const figure = img.closest('figure');
  const figcaption = figure?.querySelector('figcaption');
  if (figcaption && collapse(figcaption.textContent)) return { text: collapse(figcaption.textContent), element: figcaption };
  const wp = img.closest('.wp-caption, [class*="caption" i]:not(img)');
  const wpText = wp?.querySelector('.wp-caption-text, [class*="caption-text" i]');
  if (wpText && collapse(wpText.textContent)) return { text: collapse(wpText.textContent), element: wpText };
  const row = img.closest('tr');
  const nextRow = row?.nextElementSibling;
  if (row && nextRow && nextRow.nodeName === 'TR' && !nextRow.querySelector('img') && !collapse(textWithout(row, undefined))) {
    const text = collapse(nextRow.textContent);
    if (text && text.length <= 300) return { text, element: nextRow };
  }
  return undefined;
}

/** The short paragraph right after a photo's own block: its caption, when styled as one, or short and one sentence. */
function nextCaption(block: Element): { text: string; element: Element } | undefined {
  let next = block.nextElementSibling;
  while (next && !collapse(next.textContent) && !next.querySelector('img')) next = next.nextElementSibling;
  if (!next || next.querySelector('img') || !/^(P|DIV|EM|I|SPAN|CENTER|FIGCAPTION|SMALL)$/.test(next.nodeName)) return undefined;
  const text = collapse(next.textContent);
  if (!text || text.length > 250 || /:$/.test(text) || OTHER_NEWS.test(text) || readByline(text)) return undefined;
  const styled =
    /caption|chu-?thich|note|desc|image|photo/i.test(next.getAttribute('class') ?? '') ||
    /text-align\s*:\s*center|font-style\s*:\s*italic/i.test(next.getAttribute('style') ?? '') ||
    next.getAttribute('align') === 'center' ||
    (next.children.length === 1 && /^(EM|I)$/.test(next.children[0]!.nodeName) && collapse(next.children[0]!.textContent) === text);
  if (styled || (text.length <= 180 && (text.match(/[.!?](\s|$)/g) ?? []).length <= 1)) return { text, element: next };
  return undefined;
}

/** The outermost block around `img` that holds nothing but it (its own paragraph, figure or cell), within `root`. */
function photoBlock(img: Element, root: Element): Element {
  let block: Element = img;
  let parent = img.parentElement;
  while (parent && parent !== root && BLOCK.test(parent.nodeName) && !textWithout(parent, undefined) && parent.querySelectorAll('img').length === 1) {
    block = parent;
    parent = parent.parentElement;
  }
  if (block === img && img.parentElement && /^(A|SPAN|STRONG|B|EM|I|FONT|CENTER)$/.test(img.parentElement.nodeName) && !textWithout(img.parentElement, undefined))
    block = img.parentElement;
  return block;
}

/** A line of its own (`@@anh-N@@`) where the photo stood: run.ts writes the photo there. */
function photoToken(document: Document, n: number): Element {
  const p = document.createElement('p');
  p.textContent = `@@anh-${n}@@`;
  return p;
}

export interface ExtractOptions {
  /** Bodies shorter than this (characters of text) are not imported. */
  minBody?: number;
}

/** The article `page` holds, or why it holds none. */
export function extractPage(page: SourcePage, options: ExtractOptions = {}): Extraction {
  const decoded = decodePage(page.bytes, page.contentType);
  if (decoded instanceof Error) return { kind: 'failed', why: decoded.message, links: [] };
  const { document } = parseHTML(decoded.text) as unknown as { document: Document };
  if (!document.body) return { kind: 'failed', why: 'trang không có nội dung HTML', links: [] };
  const base = absolute(document.querySelector('base[href]')?.getAttribute('href'), page.url) ?? page.url;
  const links = [...new Set(Array.from(document.querySelectorAll('a[href]')).flatMap((a) => absolute(a.getAttribute('href'), base) ?? []))];
  const notes: string[] = [];
  if (decoded.note) notes.push(decoded.note);

  // What the page says of itself, read before anything is removed.
  const heading = collapse(document.querySelector('h1')?.textContent) || undefined;
  const rawTitle = page.hints?.title ?? metaOf(document, 'og:title', 'twitter:title') ?? collapse(document.title);
  let title = cleanTitle(heading && heading.length >= 10 && !/^(tin tức|thông báo|cổng thông tin)/i.test(heading) ? heading : rawTitle);
  const titleAt = titleElement(document, title);
  const section = page.hints?.categories?.[0] ?? sectionOf(document, page.url, title);
  const pageAuthor = collapse(document.querySelector('[rel~="author"], .author.vcard, [itemprop="author"], .byline .author')?.textContent) || metaOf(document, 'author');

  const addressKind = kindFromAddress(page.url);
  if (addressKind) return { kind: 'skipped', page: addressKind, why: `${KIND_NAMES[addressKind]} (theo địa chỉ)`, links };
  const shapeKind = kindFromShape(pageShape(document.body));
  if (shapeKind !== 'article') return { kind: 'skipped', page: shapeKind, why: KIND_NAMES[shapeKind], links };

  // The date: the page's own statement of it, near the title first (the header's «today» is not it).
  let found: FoundDate | undefined;
  let dateSource: DateSource = 'none';
  const stamp = metaOf(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'DC.date.issued', 'DC.date', 'date');
  const timeTag = document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined;
  const near = titleAt ? textAfter(document, titleAt) : '';
  const dated = Array.from(document.querySelectorAll('[class*="date" i], [class*="time" i], [class*="ngay" i], [id*="date" i], [class*="post-meta" i], [class*="meta" i]')).find(
    (el) => !el.closest('a, li, header, nav, footer') && dateInText(collapse(el.textContent)),
  );
  const candidates: [FoundDate | undefined, DateSource][] = [
    [dateFromStamp(page.hints?.date), 'feed'],
    [dateFromStamp(stamp) ?? dateFromStamp(timeTag), 'page'],
    [labelledDate(near) ?? (near ? dateInText(near.slice(0, 200)) : undefined), 'page'],
    [dated ? dateInText(collapse(dated.textContent)) : undefined, 'page'],
  ];
  for (const [date, from] of candidates) {
    if (date) {
      found = date;
      dateSource = from;
      break;
    }
  }

  // The furniture, then Readability over what is left.
  for (const el of Array.from(document.querySelectorAll(NOISE_SELECTOR))) {
    if (!el.isConnected || el === document.body || el === document.documentElement) continue;
    // Never a container of the article itself (a class such as «has-menu» on a wrapper).
    const prose = Array.from(el.querySelectorAll('p')).some((p) => collapse(p.textContent).length >= 150);
    if (prose && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|FORM|NAV|FOOTER|ASIDE)$/.test(el.nodeName)) continue;
    el.remove();
  }
  const read = new Readability(document, { charThreshold: 200, keepClasses: true }).parse();
  if (!read?.content) return { kind: 'skipped', page: 'other', why: 'không tìm thấy nội dung bài', links };
  const { document: doc } = parseHTML(`<!doctype html><html><body><div id="bai">${read.content}</div></body></html>`) as unknown as { document: Document };
  const root = doc.getElementById('bai')!;

  // Furniture Readability kept, by its text; the lists of other articles with their heading.
  for (const el of Array.from(root.querySelectorAll('p, div, li, span, td, h1, h2, h3, h4, h5, h6, strong, b, em'))) {
    if (!el.isConnected) continue;
    const text = collapse(el.textContent);
    if (OTHER_NEWS.test(text)) {
      let next = el.nextElementSibling;
      while (next && /^(UL|OL|DIV|TABLE)$/.test(next.nodeName) && next.querySelectorAll('a').length > 0) {
        const after = next.nextElementSibling;
        next.remove();
        next = after;
      }
      el.remove();
    } else if (text && isNoiseText(text) && !el.querySelector('img')) el.remove();
  }
  // The title and the date line, already read.
  for (const el of Array.from(root.querySelectorAll('h1, h2, h3, p, div'))) {
    if (!el.isConnected || el.querySelector('img')) continue;
    const text = collapse(el.textContent);
    if (!text) continue;
    if (text.toLowerCase() === title.toLowerCase() || (text.length <= 80 && labelledDate(text) && text.replace(/[\d/:.,\-\s]/g, '').length <= 40)) el.remove();
    else if (text.length <= 40 && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(\s+\d{1,2}:\d{2})?$/.test(text)) el.remove();
  }

  // Photos: placeholders with their caption.
  const photos: ExtractedPhoto[] = [];
  for (const img of Array.from(root.querySelectorAll('img'))) {
    if (!img.isConnected) continue;
    const link = img.closest('a');
    const linked = link && /\.(jpe?g|png|gif|webp)(\?|$)/i.test(link.getAttribute('href') ?? '') ? absolute(link.getAttribute('href'), base) : undefined;
    const src = linked ?? absolute(img.getAttribute('data-src') ?? img.getAttribute('data-original') ?? img.getAttribute('src'), base);
    if (!src || /(spacer|blank|pixel|icon|logo|banner)\.(gif|png)$/i.test(src)) {
      img.remove();
      continue;
    }
    const marked = markedCaption(img);
    marked?.element.remove();
    const block = photoBlock(img, root);
    const caption = marked ?? nextCaption(block);
    const alt = collapse(img.getAttribute('alt'));
    const photo: ExtractedPhoto = { url: src };
    if (!isPlaceholderAlt(alt, title)) photo.alt = alt;
    const captionText = caption?.text && !isPlaceholderAlt(caption.text) ? caption.text : collapse(img.getAttribute('title')) || undefined;
    if (captionText) photo.caption = captionText;
    photos.push(photo);
    caption?.element.remove();
    const token = photoToken(doc, photos.length);
    if (block === img || block.contains(img) === false) img.replaceWith(token);
    else block.replaceWith(token);
  }

  // Files linked from the text: attachments.
  const files: ExtractedFile[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    const href = absolute(a.getAttribute('href'), base);
    if (!href) {
      a.replaceWith(...Array.from(a.childNodes));
      continue;
    }
    if (ATTACHMENT_EXTENSIONS.test(new URL(href).pathname)) {
      const known = files.findIndex((file) => file.url === href);
      if (known < 0) files.push({ url: href, title: collapse(a.textContent) || decodeURIComponent(new URL(href).pathname.split('/').pop()!) });
      a.setAttribute('href', `@@tep-${known < 0 ? files.length : known + 1}@@`);
    } else a.setAttribute('href', href);
  }

  // The byline: the last short paragraph (or two, «Name» then «Nguồn: …»).
  let byline: Byline = {};
  for (let tries = 0; tries < 2; tries++) {
    const blocks = Array.from(root.querySelectorAll('p, div, h4, h5, h6, strong, em')).filter(
      (el) => collapse(el.textContent) && !el.querySelector('p, div') && !/^@@/.test(collapse(el.textContent)),
    );
    const last = blocks.at(-1);
    const read = last ? readByline(collapse(last.textContent)) : undefined;
    if (!read || (read.author && byline.author) || (read.source && byline.source)) break;
    byline = { ...read, ...byline };
    let gone: Element = last!;
    while (gone.parentElement && gone.parentElement !== root && collapse(gone.parentElement.textContent) === collapse(gone.textContent)) gone = gone.parentElement;
    gone.remove();
  }
  if (!byline.author && !byline.source && page.hints?.author) byline = readByline(page.hints.author) ?? { author: page.hints.author };
  const named = pageAuthor ?? read.byline ?? undefined;
  if (!byline.author && !byline.source && named) byline = readByline(named) ?? { author: named };

  // The lead: a sapo set apart (bold, or a class saying so) is the summary and leaves the body.
  const firstBlock = Array.from(root.querySelectorAll('p, div')).find((el) => collapse(el.textContent) && !el.querySelector('p, div'));
  let lead = '';
  if (firstBlock && !/^@@/.test(collapse(firstBlock.textContent))) {
    const text = collapse(firstBlock.textContent);
    const bold = firstBlock.querySelector('strong, b');
    const apart = /sapo|lead|summary|tomtat|tom-tat|description|intro|excerpt/i.test(`${firstBlock.getAttribute('class')} ${firstBlock.parentElement?.getAttribute('class')}`);
    if ((apart || (bold && collapse(bold.textContent) === text)) && text.length >= SUMMARY_LENGTH.min && text.length <= 600) {
      lead = text;
      firstBlock.remove();
    }
  }

  // Table parts left without their table (Readability keeps a layout cell as the article's container).
  for (const cell of Array.from(root.querySelectorAll('td, th, tr, tbody, thead, tfoot'))) {
    if (cell.closest('table')) continue;
    const div = doc.createElement('div');
    div.append(...Array.from(cell.childNodes));
    cell.replaceWith(div);
  }
  // Layout tables emptied of their photo and caption.
  for (const table of Array.from(root.querySelectorAll('table'))) if (!collapse(table.textContent)) table.remove();
  let markdown = toMarkdown(root);
  const bodyText = collapse(root.textContent?.replace(/@@anh-\d+@@/g, ''));
  if (bodyText.length < (options.minBody ?? 80)) return { kind: 'skipped', page: 'other', why: 'bài không có nội dung (chỉ có tiêu đề, ảnh hoặc vài chữ)', links };

  // The date, failing the page: the address, then the text (a day and month take the year of the address or title).
  if (!found) {
    const fromAddress = dateInAddress(page.url);
    if (fromAddress) [found, dateSource] = [fromAddress, 'address'];
  }
  if (!found) {
    const year = Number(/(?<!\d)(19|20)\d{2}(?!\d)/.exec(`${title} ${page.url}`)?.[0]) || undefined;
    const fromText = dateInText(bodyText.slice(0, 1500), year);
    if (fromText) {
      [found, dateSource] = [fromText, 'text'];
      notes.push(
        `ngày đăng lấy từ nội dung bài${year && !/năm\s+\d{4}|\d{1,2}\/\d{1,2}\/\d{4}/.test(bodyText.slice(0, 1500)) ? ` (năm ${year} lấy từ tiêu đề hoặc địa chỉ)` : ''}`,
      );
    }
  }

  // Text typed in the legacy fonts, converted.
  const legacy = fixLegacyText([title, lead, markdown].join('\n\u0000\n'));
  if (legacy.found.length) {
    [title, lead, markdown] = legacy.text.split('\n\u0000\n') as [string, string, string];
    notes.push(`chữ gõ bằng bảng mã cũ ${legacy.found.join(', ').toUpperCase()} đã được chuyển sang Unicode; hãy đọc lại bài`);
    for (const photo of photos) {
      if (photo.caption) photo.caption = fixLegacyText(photo.caption).text;
      if (photo.alt) photo.alt = fixLegacyText(photo.alt).text;
    }
  }

  let originalTitle: string | undefined;
  if (isAllCaps(title)) {
    originalTitle = title;
    title = sentenceCase(title, bodyText);
  }
  if (title.length > TITLE_LENGTH.max) {
    originalTitle ??= title;
    title = `${title.slice(0, TITLE_LENGTH.max - 1).replace(/\s+\S*$/, '')}…`;
  }

  return {
    kind: 'article',
    links,
    article: {
      title: title.normalize('NFC'),
      ...(originalTitle ? { originalTitle } : {}),
      ...(found ? { date: formatFound(found) } : {}),
      dateSource,
      ...(byline.author ? { author: byline.author.normalize('NFC') } : {}),
      ...(byline.source ? { source: byline.source.normalize('NFC') } : {}),
      summary: summarize(lead || plainText(markdown), title),
      ...(section ? { section } : {}),
      markdown,
      photos,
      files,
      fingerprint: collapse(plainText(markdown).replace(/@@anh-\d+@@/g, ''))
        .toLowerCase()
        .slice(0, 4000),
      notes,
    },
  };
}

/** Markdown as plain text, for the summary: marks, links and photo lines left out. */
function plainText(markdown: string): string {
  return markdown
    .split('\n\n')
    .filter((block) => !/^(@@anh-|#|\||!\[|-\s|\d+\.\s)/.test(block.trim()))
    .join('\n\n')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(/\\([\\.\-+!#()[\]])/g, '$1');
}

/** A summary within the schema's limits: the lead's first sentences, cut at a sentence (or a word) before the maximum. */
export function summarize(text: string, title: string): string {
  const paragraphs = text
    .split(/\n{2,}/)
    .map(collapse)
    .filter(Boolean);
  let summary = '';
  for (const paragraph of paragraphs) {
    summary = summary ? `${summary} ${paragraph}` : paragraph;
    if (summary.length >= SUMMARY_LENGTH.min) break;
  }
  if (summary.length > SUMMARY_LENGTH.max) {
    const sentences = summary.match(/[^.!?…]+[.!?…]+(\s|$)/g) ?? [];
    let cut = '';
    for (const sentence of sentences) {
      if ((cut + sentence).trim().length > SUMMARY_LENGTH.max) break;
      cut += sentence;
    }
    summary = cut.trim().length >= SUMMARY_LENGTH.min ? cut.trim() : `${summary.slice(0, SUMMARY_LENGTH.max - 1).replace(/\s+\S*$/, '')}…`;
  }
  if (summary.length < SUMMARY_LENGTH.min) summary = collapse(`${title}. ${summary}`);
  if (summary.length < SUMMARY_LENGTH.min) summary = `${summary} — bài viết lưu trữ từ cổng thông tin điện tử cũ.`;
  return summary.slice(0, SUMMARY_LENGTH.max);
}
