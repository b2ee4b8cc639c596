/**
 * The search index's older copies of changed pages.
 *
 * A part of the index is not made again for every page that changes in it
 * (src/search/pagefind.ts): the pages changed since the part was made go
 * into a small part of their own (`recent`), and the part keeps its older
 * copies of them. `parts.json` lists those copies by the id Pagefind gave
 * them, with their filter values, so that the search page leaves them out of
 * its results and its counts: it shows what one index of today's pages
 * would.
 */

/** A filter name and its values, as Pagefind gives them in a page's fragment (`part` added: the part the copy is in). */
export type FilterValues = Record<string, string[]>;

/** An older copy of a page, still in its part of the index. */
export interface StaleCopy {
  /** Pagefind's id of the copy (its fragment's name). */
  id: string;
  filters: FilterValues;
  /**
   * The page's copy in `recent` has the same id (Pagefind gives a page the same id when what it
   * reads of it is the same, say when only its sort date changed): one of the two results is
   * kept, and the page counted once.
   */
  twin?: true;
}

/** Counts of pages per filter value, as Pagefind gives them. */
export type FilterCounts = Record<string, Record<string, number>>;

/** `counts` without the pages of `copies`: each takes one from each of its filter values. */
export function subtractCopies(counts: FilterCounts, copies: Iterable<StaleCopy>): FilterCounts {
  const out: FilterCounts = Object.fromEntries(Object.entries(counts).map(([key, values]) => [key, { ...values }]));
  for (const { filters } of copies) {
    for (const [key, values] of Object.entries(filters)) {
      for (const value of values) {
        const count = out[key]?.[value];
        if (count !== undefined) out[key]![value] = Math.max(0, count - 1);
      }
    }
  }
  return out;
}

/**
 * A search's results and counts without the older copies: a result that is one is dropped (one
 * of a twin's two is kept), and its filter values counted one less.
 */
export function withoutStale<T extends { id: string }>(results: readonly T[], counts: FilterCounts, stale: ReadonlyMap<string, StaleCopy>): { results: T[]; counts: FilterCounts } {
  if (stale.size === 0) return { results: [...results], counts };
  const kept: T[] = [];
  const found: StaleCopy[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    const copy = stale.get(result.id);
    if (!copy) {
      kept.push(result);
      continue;
    }
    if (!copy.twin) {
      found.push(copy);
      continue;
    }
    // A twin is in the results twice, once from each part: listed and counted once. (Found
    // once only, its other copy was filtered out, and it is counted right already.)
    if (seen.has(result.id)) found.push(copy);
    else kept.push(result);
    seen.add(result.id);
  }
  return { results: kept, counts: subtractCopies(counts, found) };
}
