/**
 * What flows through an import (`npm run import`, src/import/run.ts): pages
 * read from a source (a saved mirror, a crawl, a feed), what extraction makes
 * of each, and the outcome the report lists for every page.
 */

/** Where a page came from, which also says how its photos and files are fetched. */
export type Origin = 'mirror' | 'web' | 'feed';

/** A page of a legacy portal, as a source delivers it. */
export interface SourcePage {
  /** Its address on the legacy portal (`http://host/path?query`): the old address the import keeps. */
  url: string;
  bytes: Uint8Array;
  /** The Content-Type the server sent (its charset wins over the page's own). */
  contentType?: string;
  origin: Origin;
  /** For a saved mirror: the mirror's folder, which the page's photos and files are read from. */
  mirrorRoot?: string;
  /** What a feed item says of the article (title, date, author, categories), used where the page says less. */
  hints?: FeedHints;
}

export interface FeedHints {
  title?: string;
  /** ISO 8601 or RFC 822, as the feed gave it. */
  date?: string;
  author?: string;
  categories?: string[];
}

/** What a page is: only articles are imported; the rest are reported as skipped. */
export type PageKind = 'article' | 'home' | 'list' | 'search' | 'contact' | 'other';

/** Where the date of an imported article was read. */
export type DateSource = 'page' | 'feed' | 'address' | 'text' | 'none';

/** A photo of an article's body: where it is, and the text that describes it. */
export interface ExtractedPhoto {
  /** Absolute address of the image on the legacy portal. */
  url: string;
  /** The image's own alt text, when it is real text (not «anh tin bai», a file name…). */
  alt?: string;
  /** The caption paragraph under it (or its figcaption). */
  caption?: string;
}

/** A file linked from the article (PDF, office documents) that becomes an attachment. */
export interface ExtractedFile {
  url: string;
  title: string;
}

export interface ExtractedArticle {
  title: string;
  /** The title as the page wrote it, when it was changed (ALL CAPS put into sentence case). */
  originalTitle?: string;
  /** `YYYY-MM-DD HH:mm` (or `YYYY-MM-DD`), Vietnam time. */
  date?: string;
  dateSource: DateSource;
  author?: string;
  source?: string;
  summary: string;
  /** The old breadcrumb or section the page sat under, for the category map. */
  section?: string;
  /**
   * The body in Markdown. Photos stand as lines `@@anh-N@@` (N from 1, in
   * `photos` order) and attachment links as `(@@tep-N@@)`, replaced once the
   * files are fetched (src/import/run.ts).
   */
  markdown: string;
  photos: ExtractedPhoto[];
  files: ExtractedFile[];
  /** The body's words, for spotting near-duplicates (src/import/simhash.ts). */
  fingerprint: string;
  /** Notes for the report: an encoding converted, a date guessed… */
  notes: string[];
}

export type Extraction =
  | { kind: 'article'; article: ExtractedArticle; links: string[] }
  | { kind: 'skipped'; page: Exclude<PageKind, 'article'>; why: string; links: string[] }
  | { kind: 'failed'; why: string; links: string[] };
