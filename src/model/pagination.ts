/**
 * Pagination of the portal's newest-first lists.
 *
 * Stable lists (categories, tags, year archives, notices, the photo
 * library): pages are cut from the oldest item up, `size` items each, and
 * numbered from the oldest: page n (`/chuyen-muc/x/n/`) always holds the
 * same items, whatever is published after them. The list's own address
 * shows the newest items: those not yet making a full page, with the newest
 * full page (so `size` to `2 × size − 1` items). Publishing an article
 * changes the first page of each list it is in; every `size` articles a
 * full page leaves the first page for an address of its own, and the page
 * before it gets a «newer» link to it. Nothing else changes, so an
 * incremental build renders a few pages, not every page of every list.
 *
 * The latest news (`/tin-tuc/`) is a short list: a bounded number of
 * newest-first pages, then the archive by year (`boundedPages`). The pages
 * it had beyond that answer with a redirect to their year (redirects of
 * src/outputs/list-redirects.ts).
 */
export interface Page<T> {
  /**
   * Stable lists: 0 for the newest page (the list's address), n ≥ 1 for the n-th page from the oldest.
   * Bounded lists: the page's position from the newest, 1 for the list's address.
   */
  number: number;
  items: T[];
  url: string;
  newerUrl?: string;
  olderUrl?: string;
  /** The newest page, when it is neither this one nor the one just newer. */
  newestUrl?: string;
  /** The oldest page, when it is neither this one nor the one just older. */
  oldestUrl?: string;
  /** A bounded list's position («Trang 2/5»); stable lists have none, as their page count changes. */
  position?: { number: number; last: number };
  /** The dates of the page's newest and oldest items, when the list has dates (headings, the pager). */
  dates?: { newest: Date; oldest: Date };
}

/** The list's own address, with its trailing slash. */
export const listUrl = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The address of the page numbered `number` of the list at `base` (`base/n/`). */
export const numberedUrl = (base: string, number: number) => `${listUrl(base)}${number}/`;

function checkSize(size: number) {
  if (!Number.isInteger(size) || size < 1) throw new Error(`pageSize must be a positive integer, got ${size}`);
}

function datesOf<T>(items: readonly T[], dateOf?: (item: T) => Date): Page<T>['dates'] {
  if (!dateOf || items.length === 0) return undefined;
  return { newest: dateOf(items[0]!), oldest: dateOf(items[items.length - 1]!) };
}

/** How many pages of its own, besides the list's address, a stable list of `count` items has. */
export function stablePageCount(count: number, size: number): number {
  checkSize(size);
  return Math.max(0, Math.floor(count / size) - 1);
}

/**
 * The pages of a stable list: `items` newest first. The list's address first (number 0), then pages
 * numbered from the oldest, newest of them first; each page's items newest first.
 */
export function stablePages<T>(items: readonly T[], size: number, base: string, dateOf?: (item: T) => Date): Page<T>[] {
  const own = stablePageCount(items.length, size);
  const url = (n: number) => (n === 0 ? listUrl(base) : numberedUrl(base, n));
  const count = items.length;
  const newest: Page<T> = {
    number: 0,
    items: items.slice(0, count - own * size),
    url: url(0),
    ...(own >= 1 ? { olderUrl: url(own) } : {}),
    ...(own >= 2 ? { oldestUrl: url(1) } : {}),
  };
  newest.dates = datesOf(newest.items, dateOf);
  const pages = [newest];
  for (let n = own; n >= 1; n--) {
    const pageItems = items.slice(count - n * size, count - (n - 1) * size);
    pages.push({
      number: n,
      items: pageItems,
      url: url(n),
      newerUrl: n === own ? url(0) : url(n + 1),
      ...(n < own ? { newestUrl: url(0) } : {}),
      ...(n > 1 ? { olderUrl: url(n - 1) } : {}),
      ...(n > 2 ? { oldestUrl: url(1) } : {}),
      dates: datesOf(pageItems, dateOf),
    });
  }
  return pages;
}

/**
 * The first `maxPages` pages of a newest-first list (the latest news), numbered from the newest
 * (1 at the list's address); the items after them are left to the archive.
 */
export function boundedPages<T>(items: readonly T[], size: number, base: string, maxPages: number, dateOf?: (item: T) => Date): Page<T>[] {
  checkSize(size);
  checkSize(maxPages);
  const url = (n: number) => (n === 1 ? listUrl(base) : numberedUrl(base, n));
  const last = Math.min(maxPages, Math.max(1, Math.ceil(items.length / size)));
  return Array.from({ length: last }, (_, i) => {
    const number = i + 1;
    const pageItems = items.slice(i * size, number * size);
    return {
      number,
      items: pageItems,
      url: url(number),
      ...(number > 1 ? { newerUrl: url(number - 1) } : {}),
      ...(number > 2 ? { newestUrl: url(1) } : {}),
      ...(number < last ? { olderUrl: url(number + 1) } : {}),
      ...(number < last - 1 ? { oldestUrl: url(last) } : {}),
      position: { number, last },
      dates: datesOf(pageItems, dateOf),
    };
  });
}

/** Static paths for a `[...page]` route of the list at `base`: its own address has no parameter. */
export function routePaths<T, P extends Record<string, string>>(pages: Page<T>[], base: string, params: P = {} as P) {
  return pages.map((page) => ({
    params: { ...params, page: page.url === listUrl(base) ? undefined : String(page.number) },
    props: { page },
  }));
}
