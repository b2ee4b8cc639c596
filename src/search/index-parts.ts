/**
 * What Pagefind reads from a page, so that a build can tell whether the
 * search index would come out the same and reuse the last one
 * (src/search/pagefind.ts). Pagefind cannot update an index: it reads
 * every page again, most of a minute at 20,000 articles.
 */

/** The whole element that starts at `start` (its opening tag up to its matching closing tag). */
function elementAt(html: string, start: number): string {
  const name = /^<([a-zA-Z0-9]+)/.exec(html.slice(start, start + 20))?.[1];
  if (!name) return '';
  const tags = new RegExp(`<(/?)${name}\\b[^>]*>`, 'gi');
  tags.lastIndex = start;
  let depth = 0;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tags.lastIndex);
  }
  return html.slice(start, html.indexOf('>', start) + 1);
}

/** The opening tags that carry `attribute` (found with indexOf: this runs over every page of a large portal). */
function tagsWith(html: string, attribute: string): { start: number; tag: string }[] {
  const found: { start: number; tag: string }[] = [];
  for (let at = html.indexOf(attribute); at >= 0; at = html.indexOf(attribute, at + attribute.length)) {
    const start = html.lastIndexOf('<', at);
    found.push({ start, tag: html.slice(start, html.indexOf('>', at) + 1) });
  }
  return found;
}

/**
 * What Pagefind reads from a page: its language, its filter, sort and meta
 * tags, and its `data-pagefind-body` region without the parts marked
 * `data-pagefind-ignore`. The index is made again only when this changes
 * for some page, not when, say, the footer or an article's "related" list
 * does.
 */
export function indexedPart(html: string): string {
  const lang = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const tags = ['data-pagefind-filter', 'data-pagefind-sort', 'data-pagefind-meta'].flatMap((attribute) => tagsWith(html, attribute).map(({ tag }) => tag));
  const body = tagsWith(html, 'data-pagefind-body')[0];
  if (!body) return [lang, ...tags].join('\n');
  const region = elementAt(html, body.start);
  // The ignored elements cut out; one inside another goes with it.
  const pieces: string[] = [];
  let from = 0;
  for (const { start } of tagsWith(region, 'data-pagefind-ignore')) {
    if (start < from) continue;
    pieces.push(region.slice(from, start));
    from = start + elementAt(region, start).length;
  }
  const kept = pieces.join('') + region.slice(from);
  return [lang, ...tags, kept].join('\n');
}

/**
 * The year a page is filed under in the search index (its `year` filter), or
 * `other` for a page without one: the index is made in parts of whole years
 * (`searchParts`), which lets the search page list results newest first a
 * year at a time.
 */
export function searchYearOf(indexed: string): string {
  const tag = tagsWith(indexed, 'data-pagefind-filter="year[content]"')[0]?.tag ?? '';
  return /\bcontent="(\d{4})"/.exec(tag)?.[1] ?? 'other';
}

/**
 * The parts of the search index: the newest year alone, where articles are
 * published and most edits happen, so that publishing makes again a part of
 * one year; the older years in runs of consecutive years, from the oldest,
 * each closed once it holds at least `minPages` pages, so that older parts
 * stay as they are while the portal grows. A reader's query fetches
 * word-index chunks from every part, so fewer, larger parts cost readers
 * less; Pagefind's time and memory grow with a part's size (a year alone
 * added about 1 KB to the first query of a 20,000-article portal:
 * docs/performance.md). Pages without a year (`other`) make a part of their
 * own. Named by their years (`2019`, `2016-2018`), newest first.
 */
export function searchParts(pagesPerYear: ReadonlyMap<string, number>, minPages: number): { name: string; years: string[] }[] {
  const years = [...pagesPerYear.keys()].filter((year) => year !== 'other').sort();
  const newest = years.pop();
  const groups: string[][] = [];
  let open: string[] = [];
  let count = 0;
  for (const year of years) {
    open.push(year);
    count += pagesPerYear.get(year)!;
    if (count >= minPages) {
      groups.push(open);
      open = [];
      count = 0;
    }
  }
  if (open.length) groups.push(open);
  if (newest) groups.push([newest]);
  const parts = groups.reverse().map((group) => ({ name: group.length === 1 ? group[0]! : `${group[0]}-${group.at(-1)}`, years: group }));
  return pagesPerYear.has('other') ? [...parts, { name: 'other', years: ['other'] }] : parts;
}

/**
 * Where, in its year's folder, the copy Pagefind reads of a page is kept
 * (src/search/pagefind.ts): `tin-tuc/<slug>/index.html` →
 * `tin-tuc/<slug>.html`. One folder per page, as in the site, made writing
 * the copies of a large portal take twice as long.
 */
export function copyPlace(file: string): string {
  return `${file.replace(/\\/g, '/').replace(/\/index\.html$/, '')}.html`;
}

/**
 * The page a search result is for, from the address Pagefind gives it (its
 * copy's place under the year's folder, `/2025/tin-tuc/<slug>.html`):
 * `/tin-tuc/<slug>/`. Pagefind searches every `data-pagefind-meta` value,
 * so the address cannot be handed to it as one.
 */
export function pageUrl(indexedUrl: string): string {
  return indexedUrl.replace(/^\/[^/]+\/(.+)\.html$/, '/$1/');
}

/**
 * Which parts of the index to make again, given how many of each part's pages changed since it
 * was made (`Infinity` for a part never made, or made another way): every part that was never
 * made, then those with the most changes, until the changes left, which go into `recent`
 * (src/search/pagefind.ts), are at most `limit`.
 */
export function partsToRemake(changes: ReadonlyMap<string, number>, limit: number): Set<string> {
  const remake = new Set<string>();
  let left = 0;
  for (const [name, count] of changes) {
    if (count === Infinity) remake.add(name);
    else left += count;
  }
  const byChanges = [...changes].filter(([name]) => !remake.has(name)).sort((a, b) => b[1] - a[1]);
  for (const [name, count] of byChanges) {
    if (left <= limit) break;
    remake.add(name);
    left -= count;
  }
  return remake;
}
