/**
 * RSS items: full article HTML with absolute URLs, the category, the byline
 * (as dc:creator, since RSS's own <author> wants an e-mail address) and
 * RFC 822 dates in +0700.
 */
import { toRfc822 } from '../model/dates.ts';

export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
} as const;

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Make every root-relative or relative URL in `src`, `href`, `poster` and `srcset` absolute. */
export function absolutizeHtml(html: string, pageUrl: string): string {
  const absolute = (value: string) => {
    if (/^(?:[a-z][a-z0-9+.-]*:|#|\/\/)/i.test(value)) return value;
    return new URL(value, pageUrl).href;
  };
  return html
    .replace(/\b(src|href|poster)=(["'])(.*?)\2/gi, (_, attr: string, quote: string, value: string) => `${attr}=${quote}${absolute(value)}${quote}`)
    .replace(/\bsrcset=(["'])(.*?)\1/gi, (_, quote: string, value: string) => {
      const candidates = value.split(',').map((candidate) => {
        const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
        return [absolute(url), ...descriptor].join(' ');
      });
      return `srcset=${quote}${candidates.join(', ')}${quote}`;
    });
}

export interface FeedItemInput {
  title: string;
  url: string;
  date: Date;
  summary?: string;
  html?: string;
  category?: string;
  author?: string;
}

export interface FeedItem {
  title: string;
  link: string;
  description?: string;
  content?: string;
  categories?: string[];
  customData: string;
}

export function feedItem(input: FeedItemInput): FeedItem {
  const extra = [`<pubDate>${toRfc822(input.date)}</pubDate>`];
  if (input.author) extra.push(`<dc:creator>${escapeXml(input.author)}</dc:creator>`);
  return {
    title: input.title,
    link: input.url,
    description: input.summary,
    content: input.html === undefined ? undefined : absolutizeHtml(input.html, input.url),
    categories: input.category ? [input.category] : undefined,
    customData: extra.join(''),
  };
}

/** Channel elements @astrojs/rss leaves to us: language, self link, build date. */
export function channelData(feedUrl: string, now: Date): string {
  return ['<language>vi</language>', `<atom:link href="${escapeXml(feedUrl)}" rel="self" type="application/rss+xml"/>`, `<lastBuildDate>${toRfc822(now)}</lastBuildDate>`].join('');
}
