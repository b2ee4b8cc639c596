import { describe, expect, it } from 'vitest';
import { pagePaths, pageUrl, pagerNumbers, paginate } from '../../src/model/pagination.ts';

describe('paginate', () => {
  const items = Array.from({ length: 25 }, (_, i) => i + 1);

  it('splits items into pages with stable URLs', () => {
    const pages = paginate(items, 10, '/chuyen-muc/cai-cach-hanh-chinh/');
    expect(pages.map((p) => p.url)).toEqual(['/chuyen-muc/cai-cach-hanh-chinh/', '/chuyen-muc/cai-cach-hanh-chinh/2/', '/chuyen-muc/cai-cach-hanh-chinh/3/']);
    expect(pages.map((p) => p.items.length)).toEqual([10, 10, 5]);
    expect(pages[2]!.items).toEqual([21, 22, 23, 24, 25]);
    expect(pages[1]).toMatchObject({ number: 2, lastPage: 3, total: 25, prevUrl: '/chuyen-muc/cai-cach-hanh-chinh/', nextUrl: '/chuyen-muc/cai-cach-hanh-chinh/3/' });
    expect(pages[0]!.prevUrl).toBeUndefined();
    expect(pages[2]!.nextUrl).toBeUndefined();
  });

  it('gives one empty page for an empty list', () => {
    const pages = paginate([], 10, '/the/x');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ url: '/the/x/', items: [], lastPage: 1 });
  });

  it('refuses a page size that is not a positive integer', () => {
    expect(() => paginate(items, 0, '/')).toThrow();
    expect(() => paginate(items, 2.5, '/')).toThrow();
  });

  it('builds [...page] params: none for page 1, the number after', () => {
    expect(pagePaths(items, 10, '/tin-tuc/', { category: 'x' }).map((p) => p.params)).toEqual([
      { category: 'x', page: undefined },
      { category: 'x', page: '2' },
      { category: 'x', page: '3' },
    ]);
  });

  it('pageUrl adds the trailing slash', () => {
    expect(pageUrl('/tin-tuc', 1)).toBe('/tin-tuc/');
    expect(pageUrl('/tin-tuc', 4)).toBe('/tin-tuc/4/');
  });
});

describe('pagerNumbers', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [7, 20, [1, null, 6, 7, 8, null, 20]],
    [1, 20, [1, 2, null, 20]],
    [20, 20, [1, null, 19, 20]],
    [3, 20, [1, 2, 3, 4, null, 20]],
  ])('page %i of %i', (current, last, expected) => {
    expect(pagerNumbers(current, last)).toEqual(expected);
  });
});
