/**
 * What Pagefind reads from a page, so that a build can tell whether the
 * search index would come out the same and reuse the last one
 * (src/integrations/pagefind.ts). Pagefind cannot update an index: it reads
 * every page again, most of a minute at 20,000 articles.
 */

/** The whole element that starts at `start` (its opening tag up to its matching closing tag). */
function elementAt(html: string, start: number): string {
  const name = /^<([a-zA-Z0-9]+)/.exec(html.slice(start))?.[1];
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

/**
 * What Pagefind reads from a page: its language, its filter, sort and meta
 * tags, and its `data-pagefind-body` region without the parts marked
 * `data-pagefind-ignore`. The index is made again only when this changes
 * for some page, not when, say, the footer or an article's "related" list
 * does.
 */
export function indexedPart(html: string): string {
  const lang = /<html\b[^>]*>/i.exec(html)?.[0] ?? '';
  const tags = html.match(/<[^>]*\bdata-pagefind-(?:filter|sort|meta)\b[^>]*>/gi) ?? [];
  const start = html.search(/<[a-zA-Z0-9]+\b[^>]*\bdata-pagefind-body\b/);
  let body = start < 0 ? '' : elementAt(html, start);
  for (let at = body.search(/<[a-zA-Z0-9]+\b[^>]*\bdata-pagefind-ignore\b/); at > 0; at = body.search(/<[a-zA-Z0-9]+\b[^>]*\bdata-pagefind-ignore\b/)) {
    body = body.slice(0, at) + body.slice(at + elementAt(body, at).length);
  }
  return [lang, ...tags, body].join('\n');
}
