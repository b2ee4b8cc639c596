/**
 * RSS 2.0 rules a feed must follow, checked on the XML itself (the feed
 * parser tests check that real readers can read it).
 */
import { XMLParser } from 'fast-xml-parser';

const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} ([+-]\d{4}|GMT|UT)$/;
const ABSOLUTE = /^https?:\/\/[^/]+/;

export function checkFeed(xml: string, feedUrl: string): string[] {
  const problems: string[] = [];
  let doc: Record<string, any>;
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(xml, true);
  } catch (error) {
    return [`not well-formed XML: ${(error as Error).message}`];
  }
  const rss = doc.rss;
  if (!rss) return ['no <rss> root element'];
  if (rss['@version'] !== '2.0') problems.push('rss version is not 2.0');
  const channel = rss.channel;
  if (!channel) return [...problems, 'no <channel>'];
  for (const required of ['title', 'link', 'description']) {
    if (typeof channel[required] !== 'string' || channel[required].trim() === '') problems.push(`channel has no <${required}>`);
  }
  if (channel.link && !ABSOLUTE.test(channel.link)) problems.push(`channel <link> is not absolute: ${channel.link}`);
  if (channel.language !== 'vi') problems.push('channel <language> is not vi');
  const selfLinks = [channel['atom:link']].flat().filter(Boolean);
  if (!selfLinks.some((l: any) => l['@rel'] === 'self' && l['@href'] === feedUrl)) problems.push(`no atom:link rel="self" pointing to ${feedUrl}`);
  if (channel.lastBuildDate && !RFC822.test(channel.lastBuildDate)) problems.push(`lastBuildDate is not RFC 822: ${channel.lastBuildDate}`);
  const items = [channel.item ?? []].flat();
  const guids = new Set<string>();
  items.forEach((item: any, i: number) => {
    const where = `item ${i + 1}`;
    if (!item.title && !item.description) problems.push(`${where} has neither <title> nor <description>`);
    if (!item.link || !ABSOLUTE.test(item.link)) problems.push(`${where} <link> is missing or not absolute: ${item.link}`);
    if (!item.pubDate || !RFC822.test(item.pubDate)) problems.push(`${where} <pubDate> is missing or not RFC 822: ${item.pubDate}`);
    const guid = typeof item.guid === 'object' ? item.guid['#text'] : item.guid;
    if (!guid) problems.push(`${where} has no <guid>`);
    else if (guids.has(guid)) problems.push(`${where} repeats guid ${guid}`);
    else guids.add(guid);
    if (typeof item.guid === 'object' && item.guid['@isPermaLink'] !== 'false' && !ABSOLUTE.test(guid)) problems.push(`${where} permalink guid is not an absolute URL`);
    const content = String(item['content:encoded'] ?? '');
    for (const m of content.matchAll(/(?:src|href)="([^"]+)"/g)) {
      if (!/^(https?:|mailto:|tel:|#)/.test(m[1]!)) problems.push(`${where} content has a relative URL: ${m[1]}`);
    }
  });
  return problems;
}
