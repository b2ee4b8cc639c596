/**
 * What a legacy portal's page is, so that only articles are imported: the
 * home page, category and list pages, search pages and contact forms are
 * recognised and reported as skipped. The address gives the first hint
 * (`/`, `/tim-kiem`, `/lien-he`, `/category/…`, `?page=2`); the page itself
 * the rest (a contact form, a list of teasers with little text of its own).
 */
import type { PageKind } from './types.ts';

/** Why a page is not an article, in the report's words. */
export const KIND_NAMES: Record<Exclude<PageKind, 'article'>, string> = {
  home: 'trang chủ',
  list: 'trang danh sách, chuyên mục',
  search: 'trang tìm kiếm',
  contact: 'trang liên hệ, biểu mẫu',
  other: 'không phải bài viết',
};

/** What the address alone says a page is, when it says anything. */
export function kindFromAddress(url: string): Exclude<PageKind, 'article' | 'other'> | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const path = decodeURIComponent(parsed.pathname).toLowerCase();
  const segments = path.split('/').filter(Boolean);
  const last = segments.at(-1) ?? '';
  const params = [...parsed.searchParams.keys()].map((key) => key.toLowerCase());
  if (segments.length === 0 || /^(index|default|trang-?chu|home)(\.\w+)?$/.test(last) || /^(portal\/)?(pages\/)?(default|trang-?chu|home)\.aspx$/.test(segments.join('/'))) {
    return params.some((key) => ['s', 'q', 'keyword', 'tukhoa', 'searchtext', 'key'].includes(key)) ? 'search' : 'home';
  }
  if (segments.some((s) => /^(tim-?kiem|search|ket-qua-tim-kiem)(\.\w+)?$/.test(s))) return 'search';
  if (params.some((key) => ['keyword', 'tukhoa', 'searchtext'].includes(key))) return 'search';
  if (/^(lien-?he|contact(-us)?|gop-?y|hoi-?dap|gui-cau-hoi|phan-?anh-kien-nghi)(\.\w+)?$/.test(last)) return 'contact';
  if (segments.some((s) => ['category', 'tag', 'chuyen-muc', 'danh-muc', 'chuyenmuc', 'danhmuc', 'author'].includes(s))) return 'list';
  if (/\/page\/\d+\/?$/.test(path) || params.some((key) => ['page', 'trang', 'pageindex', 'p'].includes(key) && /^\d+$/.test(parsed.searchParams.get(key) ?? ''))) return 'list';
  return undefined;
}

export interface PageShape {
  /** Text in paragraphs of some length outside lists and links: an article's own prose. */
  proseLength: number;
  /** Teasers: links with a headline's length (list items of a category page). */
  teasers: number;
  /** A form asking for a message (a textarea): contact and question forms. */
  messageForm: boolean;
  /** A search box whose page shows results. */
  searchForm: boolean;
}

/** Minimal DOM the shape is read from (linkedom's, a browser's). */
interface El {
  querySelectorAll(selector: string): ArrayLike<El>;
  closest(selector: string): El | null;
  textContent: string | null;
  getAttribute(name: string): string | null;
}

/** The shape of a page's body, for `kindFromShape`. */
export function pageShape(body: El): PageShape {
  let proseLength = 0;
  for (const p of Array.from(body.querySelectorAll('p, div, td'))) {
    if (p.querySelectorAll('p, div, td, li').length) continue;
    if (p.closest('li, a, nav, header, footer, aside, form')) continue;
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length >= 80) proseLength += text.length;
  }
  let teasers = 0;
  for (const a of Array.from(body.querySelectorAll('a[href]'))) {
    if ((a.textContent ?? '').replace(/\s+/g, ' ').trim().length >= 25 && !a.closest('nav, header, footer')) teasers++;
  }
  const messageForm = Array.from(body.querySelectorAll('form')).some((form) => form.querySelectorAll('textarea').length > 0);
  const searchForm = body.querySelectorAll('input[type="search"], input[name="q"], input[name="s"], input[name="keyword"], input[name="tukhoa"]').length > 0;
  return { proseLength, teasers, messageForm, searchForm };
}

/**
 * What the shape says the page is: a contact form with little text around
 * it, a list (many teasers, little prose of its own), too little text to be
 * an article, or an article.
 */
export function kindFromShape(shape: PageShape): PageKind {
  if (shape.messageForm && shape.proseLength < 600) return 'contact';
  if (shape.proseLength < 200) return shape.teasers >= 5 ? 'list' : 'other';
  if (shape.teasers >= 8 && shape.proseLength < shape.teasers * 60) return 'list';
  return 'article';
}
