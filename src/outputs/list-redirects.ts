/**
 * The former addresses of list pages (src/model/pagination.ts). Lists were
 * numbered from the newest page (`/chuyen-muc/x/2/` the second newest); they
 * are now numbered from the oldest, and the latest news stops after a few
 * pages. Numbers that still exist answer with their new page; each number
 * that no longer exists is sent where the items it held now are: for a
 * stable list, the page holding its first item; for the latest news, that
 * item's year in the archive. Netlify applies a rule only where no file
 * answers, so a rule for a number that exists again later does nothing.
 */
import type { Redirect } from './redirects.ts';
import { listUrl, numberedUrl, stablePageCount } from '../model/pagination.ts';

/** How many pages a list of `count` items had when numbered from the newest. */
const formerPageCount = (count: number, size: number) => Math.max(1, Math.ceil(count / size));

/** The former numbered pages of a stable list of `count` items at `base` that it no longer has. */
export function stableListRedirects(count: number, size: number, base: string): Redirect[] {
  const own = stablePageCount(count, size);
  const rules: Redirect[] = [];
  for (let n = Math.max(2, own + 1); n <= formerPageCount(count, size); n++) {
    // Its first item, counted from the oldest, and the page of its own that holds it now.
    const fromOldest = count - 1 - (n - 1) * size;
    const page = Math.floor(fromOldest / size) + 1;
    rules.push({ from: numberedUrl(base, n), to: page > own ? listUrl(base) : numberedUrl(base, page) });
  }
  return rules;
}

/** The former pages of the latest news after its last page (`maxPages`), each sent to where its first item is now. */
export function boundedListRedirects<T>(items: readonly T[], size: number, base: string, maxPages: number, targetOf: (item: T) => string): Redirect[] {
  const rules: Redirect[] = [];
  for (let n = maxPages + 1; n <= formerPageCount(items.length, size); n++) rules.push({ from: numberedUrl(base, n), to: targetOf(items[(n - 1) * size]!) });
  return rules;
}
