/**
 * An RSS or Atom feed as a source (rss-parser reads both): each item is an
 * article, its link the old address. An item carrying the full text
 * (`content:encoded`, Atom `content`) is imported from the feed; one with a
 * teaser only is fetched from its link, when the feed itself came from the
 * web. The item's date, author and categories go along as hints.
 */
import fs from 'node:fs';
import Parser from 'rss-parser';
import { fetchUrl } from '../fetcher.ts';
import type { SourcePage } from '../types.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** Text of an item's HTML, roughly: enough to tell a teaser from a full article. */
const textLength = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim().length;

/** The feed at `source` (a file or an address), or an Error saying why it cannot be read. */
export async function readFeed(source: string): Promise<{ items: Parser.Item[]; fromWeb: boolean } | Error> {
  const fromWeb = /^https?:\/\//i.test(source);
  let xml: string;
  if (fromWeb) {
    const fetched = await fetchUrl(source);
    if (fetched instanceof Error) return fetched;
    if (fetched.status >= 400) return new Error(`${source}: máy chủ trả lời ${fetched.status}`);
    xml = Buffer.from(fetched.bytes).toString('utf8');
  } else {
    try {
      xml = fs.readFileSync(source, 'utf8');
    } catch (error) {
      return new Error(`không đọc được tệp ${source} (${(error as NodeJS.ErrnoException).code})`);
    }
  }
  try {
    const feed = await new Parser({
      customFields: {
        item: [
          ['content:encoded', 'contentEncoded'],
          ['dc:creator', 'creator'],
        ],
      },
    }).parseString(xml);
    return { items: feed.items, fromWeb };
  } catch (error) {
    return new Error(`${source} không phải bản tin RSS hay Atom đọc được (${(error as Error).message})`);
  }
}

/** The articles of a feed read by `readFeed`. */
export async function* feedPages({ items, fromWeb }: { items: Parser.Item[]; fromWeb: boolean }): AsyncGenerator<SourcePage | { url: string; error: string }> {
  for (const item of items) {
    const link = item.link?.trim();
    if (!link) continue;
    const full = (item as { contentEncoded?: string }).contentEncoded ?? item.content ?? '';
    const hints = {
      title: item.title?.trim(),
      date: item.isoDate ?? item.pubDate,
      author: (item.creator ?? (item as { author?: string }).author)?.trim(),
      categories: item.categories?.map((c) => (typeof c === 'string' ? c : String((c as { _?: string })._ ?? ''))).filter(Boolean),
    };
    if (textLength(full) < 400 && fromWeb) {
      const fetched = await fetchUrl(link);
      if (fetched instanceof Error) yield { url: link, error: fetched.message };
      else if (fetched.status >= 400) yield { url: link, error: `máy chủ trả lời ${fetched.status}` };
      else yield { url: link, bytes: fetched.bytes, contentType: fetched.contentType, origin: 'web', hints };
      continue;
    }
    const html = `<!doctype html><html><head><meta charset="utf-8"><title>${escapeHtml(hints.title ?? '')}</title></head><body><article><h1>${escapeHtml(hints.title ?? '')}</h1>${full || item.contentSnippet || ''}</article></body></html>`;
    yield { url: link, bytes: Buffer.from(html, 'utf8'), origin: 'feed', hints };
  }
}
