/** What a built portal's search index answers from, read from Pagefind's files. */
import fs from 'node:fs';
import path from 'node:path';
import { fragmentId, readFragment } from '../../src/search/pagefind.ts';
import type { StaleCopy } from '../../src/search/stale-copies.ts';

/**
 * Every page the search page can find, by its address in the index, as Pagefind stored it (text,
 * filters, meta): the fragments of every part listed in `pagefind/parts.json`, without the older
 * copies it lists. Two indexes that give the same answer their readers give the same pages here,
 * however their parts are cut. A page found twice with different contents is an error.
 */
export function searchablePages(dist: string): Record<string, unknown> {
  const { parts, stale = [] } = JSON.parse(fs.readFileSync(path.join(dist, 'pagefind/parts.json'), 'utf8')) as { parts: string[]; stale?: StaleCopy[] };
  const hidden = new Set(stale.filter((copy) => !copy.twin).map((copy) => copy.id));
  const pages: Record<string, unknown> = {};
  const texts: Record<string, string> = {};
  for (const part of parts) {
    const folder = path.join(dist, 'pagefind', part, 'fragment');
    for (const file of fs.readdirSync(folder).sort()) {
      if (hidden.has(fragmentId(file))) continue;
      const text = readFragment(path.join(folder, file));
      const { url } = JSON.parse(text) as { url: string };
      if (url in texts && texts[url] !== text) throw new Error(`${url} is found twice in the search index, with different contents (${part}/${file})`);
      texts[url] = text;
      pages[url] = JSON.parse(text);
    }
  }
  return pages;
}
