/**
 * Pagination with stable URLs: page 1 lives at the base (`/chuyen-muc/x/`),
 * page n at `/chuyen-muc/x/n/`. Newest-first lists keep old pages' URLs
 * meaningful as "the n-th page from the newest".
 */
export interface Page<T> {
  /** 1-based page number */
  number: number;
  lastPage: number;
  items: T[];
  total: number;
  url: string;
  prevUrl?: string;
  nextUrl?: string;
}

export function pageUrl(base: string, page: number): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return page <= 1 ? root : `${root}${page}/`;
}

export function paginate<T>(items: readonly T[], pageSize: number, base: string): Page<T>[] {
  if (!Number.isInteger(pageSize) || pageSize < 1) throw new Error(`pageSize must be a positive integer, got ${pageSize}`);
  const lastPage = Math.max(1, Math.ceil(items.length / pageSize));
  return Array.from({ length: lastPage }, (_, i) => {
    const number = i + 1;
    return {
      number,
      lastPage,
      items: items.slice(i * pageSize, number * pageSize),
      total: items.length,
      url: pageUrl(base, number),
      prevUrl: number > 1 ? pageUrl(base, number - 1) : undefined,
      nextUrl: number < lastPage ? pageUrl(base, number + 1) : undefined,
    };
  });
}

/**
 * The page numbers a pager shows: first, last, and a window around the
 * current page, with `null` where numbers are skipped. `(7, 20)` →
 * `[1, null, 6, 7, 8, null, 20]`.
 */
export function pagerNumbers(current: number, last: number, around = 1): (number | null)[] {
  const shown = new Set([1, last]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= last) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  sorted.forEach((n, i) => {
    const prev = sorted[i - 1];
    if (prev !== undefined && n - prev === 2) out.push(n - 1);
    else if (prev !== undefined && n - prev > 2) out.push(null);
    out.push(n);
  });
  return out;
}

/** Static paths for a `[...page]` route: page 1 has no parameter. */
export function pagePaths<T, P extends Record<string, string>>(items: readonly T[], pageSize: number, base: string, params: P = {} as P) {
  return paginate(items, pageSize, base).map((page) => ({
    params: { ...params, page: page.number === 1 ? undefined : String(page.number) },
    props: { page },
  }));
}
