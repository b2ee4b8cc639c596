import { describe, expect, it } from 'vitest';
import { boundedPages, listUrl, numberedUrl, routePaths, stablePageCount, stablePages, type Page } from '../../src/model/pagination.ts';

/** `count` items, newest first: the newest is `count`, the oldest 1. */
const newestFirst = (count: number) => Array.from({ length: count }, (_, i) => count - i);
const BASE = '/chuyen-muc/cai-cach-hanh-chinh/';

describe('stablePages: pages cut from the oldest item up', () => {
  it('lists every item once, newest first, with the newest page at the list’s address', () => {
    for (let count = 0; count <= 45; count++) {
      const pages = stablePages(newestFirst(count), 10, BASE);
      expect(
        pages.flatMap((page) => page.items),
        `${count} items`,
      ).toEqual(newestFirst(count));
      expect(pages[0]!.url).toBe(BASE);
      expect(pages.length).toBe(1 + stablePageCount(count, 10));
      // The newest page holds what makes no full page yet plus the newest full page.
      if (count >= 10) expect(pages[0]!.items.length, `${count} items`).toBeGreaterThanOrEqual(10);
      expect(pages[0]!.items.length, `${count} items`).toBeLessThan(20);
      for (const page of pages.slice(1)) expect(page.items.length).toBe(10);
    }
  });

  it('numbers pages from the oldest, and links newer, older, newest and oldest', () => {
    const pages = stablePages(newestFirst(47), 10, BASE);
    expect(pages.map((page) => [page.number, page.url, page.items[0], page.items.at(-1)])).toEqual([
      [0, BASE, 47, 31],
      [3, `${BASE}3/`, 30, 21],
      [2, `${BASE}2/`, 20, 11],
      [1, `${BASE}1/`, 10, 1],
    ]);
    const [newest, third, second, first] = pages as [Page<number>, Page<number>, Page<number>, Page<number>];
    expect(newest).toMatchObject({ olderUrl: `${BASE}3/`, oldestUrl: `${BASE}1/` });
    expect(newest.newerUrl).toBeUndefined();
    expect(third).toMatchObject({ newerUrl: BASE, olderUrl: `${BASE}2/`, oldestUrl: `${BASE}1/` });
    expect(third.newestUrl).toBeUndefined();
    expect(second).toMatchObject({ newerUrl: `${BASE}3/`, newestUrl: BASE, olderUrl: `${BASE}1/` });
    expect(second.oldestUrl).toBeUndefined();
    expect(first).toMatchObject({ newerUrl: `${BASE}2/`, newestUrl: BASE });
    expect(first.olderUrl).toBeUndefined();
  });

  it('keeps every numbered page as it was when an item is published; every tenth time the page before the new one gets its newer link', () => {
    let changedPages = 0;
    for (let count = 0; count < 60; count++) {
      const before = new Map(stablePages(newestFirst(count), 10, BASE).map((page) => [page.url, page]));
      const after = stablePages(newestFirst(count + 1), 10, BASE);
      for (const page of after.slice(1)) {
        const old = before.get(page.url);
        if (!old) continue; // a page of its own for the newest full page
        expect(page.items, `${page.url} after item ${count + 1}`).toEqual(old.items);
        if (JSON.stringify(page) !== JSON.stringify(old)) {
          changedPages++;
          expect(page.number).toBe(stablePageCount(count, 10));
        }
      }
      // Every old address still exists.
      for (const url of before.keys()) expect(after.some((page) => page.url === url)).toBe(true);
    }
    expect(changedPages).toBe(4); // at 30, 40, 50 and 60 items
  });

  it('gives each page the dates of its newest and oldest items', () => {
    const day = (n: number) => new Date(Date.UTC(2025, 0, n));
    const pages = stablePages(newestFirst(25), 10, BASE, (n) => day(n));
    expect(pages[1]!.dates).toEqual({ newest: day(10), oldest: day(1) });
    expect(pages[0]!.dates).toEqual({ newest: day(25), oldest: day(11) });
    expect(stablePages([], 10, BASE, (n: number) => day(n))[0]!.dates).toBeUndefined();
  });
});

describe('boundedPages: the latest news, a few newest-first pages', () => {
  it('stops after the last page allowed and numbers from the newest', () => {
    const pages = boundedPages(newestFirst(95), 10, '/tin-tuc', 5);
    expect(pages.map((page) => page.url)).toEqual(['/tin-tuc/', '/tin-tuc/2/', '/tin-tuc/3/', '/tin-tuc/4/', '/tin-tuc/5/']);
    expect(pages.map((page) => page.items[0])).toEqual([95, 85, 75, 65, 55]);
    expect(pages[0]).toMatchObject({ olderUrl: '/tin-tuc/2/', oldestUrl: '/tin-tuc/5/', position: { number: 1, last: 5 } });
    expect(pages[4]).toMatchObject({ newerUrl: '/tin-tuc/4/', newestUrl: '/tin-tuc/', position: { number: 5, last: 5 } });
    expect(pages[4]!.olderUrl).toBeUndefined();
    expect(boundedPages(newestFirst(12), 10, '/tin-tuc/', 5).map((page) => page.items.length)).toEqual([10, 2]);
    expect(boundedPages([], 10, '/tin-tuc/', 5)).toMatchObject([{ url: '/tin-tuc/', items: [] }]);
  });

  it('refuses a page size or page count that is not a positive integer', () => {
    expect(() => boundedPages([1], 0, '/', 5)).toThrow();
    expect(() => boundedPages([1], 10, '/', 2.5)).toThrow();
    expect(() => stablePages([1], -1, '/')).toThrow();
  });
});

describe('routePaths', () => {
  it('gives the list’s address no parameter and every other page its number', () => {
    expect(routePaths(stablePages(newestFirst(35), 10, BASE), BASE, { category: 'x' }).map((path) => path.params)).toEqual([
      { category: 'x', page: undefined },
      { category: 'x', page: '2' },
      { category: 'x', page: '1' },
    ]);
    expect(routePaths(boundedPages(newestFirst(35), 10, '/tin-tuc/', 5), '/tin-tuc/').map((path) => path.params.page)).toEqual([undefined, '2', '3', '4']);
  });

  it('writes addresses with their trailing slash', () => {
    expect(listUrl('/tin-tuc')).toBe('/tin-tuc/');
    expect(numberedUrl('/tin-tuc', 4)).toBe('/tin-tuc/4/');
  });
});
