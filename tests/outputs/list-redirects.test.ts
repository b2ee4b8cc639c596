import { describe, expect, it } from 'vitest';
import { boundedListRedirects, stableListRedirects } from '../../src/outputs/list-redirects.ts';
import { boundedPages, stablePages } from '../../src/model/pagination.ts';

const BASE = '/the/nong-thon-moi/';
/** `count` items, newest first: the newest is `count`, the oldest 1. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i);

describe('redirects of former list page addresses', () => {
  it('sends each former page of a stable list that no longer exists to the page now holding its first item', () => {
    // 47 items were pages 1 (the list's address) to 5; now the address, 3/, 2/ and 1/.
    // Former page 4 began with the 31st newest item, 17, now on 2/ (20…11); former page 5 with 7, now on 1/.
    expect(stableListRedirects(47, 10, BASE)).toEqual([
      { from: `${BASE}4/`, to: `${BASE}2/` },
      { from: `${BASE}5/`, to: `${BASE}1/` },
    ]);
    expect(stablePages(newestFirst(47), 10, BASE).find((page) => page.url === `${BASE}2/`)!.items).toContain(17);
  });

  it('has nothing to redirect for a list of one or two pages, and points at the list’s address when it has no numbered page', () => {
    expect(stableListRedirects(0, 10, BASE)).toEqual([]);
    expect(stableListRedirects(10, 10, BASE)).toEqual([]);
    expect(stableListRedirects(19, 10, BASE)).toEqual([{ from: `${BASE}2/`, to: BASE }]);
  });

  it('never redirects an address that a page answers', () => {
    for (let count = 0; count < 80; count++) {
      const served = new Set(stablePages(newestFirst(count), 10, BASE).map((page) => page.url));
      for (const rule of stableListRedirects(count, 10, BASE)) {
        expect(served.has(rule.from), `${count}: ${rule.from}`).toBe(false);
        expect(served.has(rule.to), `${count}: ${rule.to}`).toBe(true);
        // The target holds the first item of the former page.
        const formerFirst = newestFirst(count)[(Number(rule.from.split('/').at(-2)) - 1) * 10]!;
        expect(stablePages(newestFirst(count), 10, BASE).find((page) => page.url === rule.to)!.items, `${count}: ${rule.from}`).toContain(formerFirst);
      }
    }
  });

  it('sends the latest news’ former pages after its last one to the year of their first article', () => {
    const years = Array.from({ length: 95 }, (_, i) => 2026 - Math.floor(i / 30));
    const rules = boundedListRedirects(years, 10, '/tin-tuc/', 5, (year) => `/luu-tru/${year}/`);
    expect(rules.map((rule) => rule.from)).toEqual(['/tin-tuc/6/', '/tin-tuc/7/', '/tin-tuc/8/', '/tin-tuc/9/', '/tin-tuc/10/']);
    expect(rules.map((rule) => rule.to)).toEqual(['/luu-tru/2025/', '/luu-tru/2024/', '/luu-tru/2024/', '/luu-tru/2024/', '/luu-tru/2023/']);
    const served = new Set(boundedPages(years, 10, '/tin-tuc/', 5).map((page) => page.url));
    expect(rules.some((rule) => served.has(rule.from))).toBe(false);
    expect(boundedListRedirects(years.slice(0, 50), 10, '/tin-tuc/', 5, String)).toEqual([]);
  });
});
