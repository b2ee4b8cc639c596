/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`):
 * a page returned by `getStaticPaths()` with a `cacheKey` is copied from the
 * previous build when both its key and its code (Astro hashes the route's
 * module graph) are unchanged. So a key must cover everything the page shows
 * that is not code: the entries it lists, with their digests (Astro's hash
 * of the whole file), and the frame every page shares (see `layoutKey` in
 * content.ts: site.yaml, the static pages, the banner as of this build).
 */
import crypto from 'node:crypto';
import type { Page } from '../model/pagination.ts';

/** A content entry: its id and Astro's digest of its file. */
export interface Digested {
  id: string;
  digest?: string | number;
}

/** `id@digest`: changes when the entry's file changes. */
export function entryKey(entry: Digested): string {
  if (entry.digest === undefined) throw new Error(`cache key: the entry «${entry.id}» has no digest`);
  return `${entry.id}@${entry.digest}`;
}

/** A short hash of any JSON-able parts. */
export function cacheKey(...parts: unknown[]): string {
  return crypto.createHash('sha256').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
}

/**
 * Keys the pages of a paginated list by what they share (the frame, the
 * list's name), everything the page holds but its entries (address, links,
 * position, dates) and its entries (by default each entry's `entryKey`).
 * A stable list's numbered page holds no count of the list's pages, so its
 * key stays when an article is published (src/model/pagination.ts).
 */
export function withPageKeys<P extends { props: { page: Page<Digested> } }>(
  paths: P[],
  shared: unknown,
  itemKey: (item: P['props']['page']['items'][number]) => unknown = entryKey,
): (P & { cacheKey: string })[] {
  return paths.map((path) => {
    const { items, ...rest } = path.props.page;
    return { ...path, cacheKey: cacheKey(shared, rest, items.map(itemKey)) };
  });
}
