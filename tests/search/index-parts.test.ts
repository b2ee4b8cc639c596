import { describe, expect, it } from 'vitest';
import { copyPlace, indexedPart, pageUrl, partsToRemake, searchYearOf, searchParts } from '../../src/search/index-parts.ts';

describe('indexedPart: what Pagefind reads from a page', () => {
  const page = ({ body = 'Nội dung bài viết.', related = 'Bài A', neighbour = 'Tin trước: Bài B', year = '2024', lang = 'vi' } = {}) => `<!doctype html>
<html lang="${lang}"><head><title>Bài</title>
<meta name="pagefind-filter-year" data-pagefind-filter="year[content]" content="${year}">
</head><body><header>Menu</header><main>
<article data-pagefind-body><h1>Tiêu đề</h1><p>${body}</p>
<article class="quote"><p>Trích dẫn lồng bên trong.</p></article>
<nav data-pagefind-ignore class="prev-next"><a href="/x/">${neighbour}</a></nav>
<p>Đoạn cuối.</p></article>
<aside class="related"><h2>Các tin khác</h2><a>${related}</a></aside>
</main><footer>Chân trang</footer></body></html>`;

  it('ignores what lies outside the content region or in ignored parts', () => {
    expect(indexedPart(page({ related: 'Bài C' }))).toBe(indexedPart(page()));
    expect(indexedPart(page({ neighbour: 'Tin trước: Bài D' }))).toBe(indexedPart(page()));
  });

  it('changes with the content, a filter or the language', () => {
    expect(indexedPart(page({ body: 'Nội dung đã sửa.' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page({ year: '2025' }))).not.toBe(indexedPart(page()));
    expect(indexedPart(page({ lang: 'en' }))).not.toBe(indexedPart(page()));
  });

  it('cuts out ignored parts, also one inside another, and keeps what follows them', () => {
    const html =
      '<html lang="vi"><main><div data-pagefind-body><p>A</p><div data-pagefind-ignore><p>B</p><span data-pagefind-ignore>C</span><p>D</p></div><p>E</p><p data-pagefind-ignore>F</p><p>G</p></div><p>H</p></main>';
    const part = indexedPart(html);
    for (const kept of ['A', 'E', 'G']) expect(part).toContain(`<p>${kept}</p>`);
    for (const gone of ['B', 'C', 'D', 'F', 'H']) expect(part).not.toContain(`>${gone}<`);
  });

  it('keeps the whole region, nested elements and text after them included', () => {
    const part = indexedPart(page());
    expect(part).toContain('Trích dẫn lồng bên trong.');
    expect(part).toContain('Đoạn cuối.');
    expect(part).not.toContain('Tin trước');
    expect(part).not.toContain('Chân trang');
  });
});

describe('searchYearOf: the year a page is filed under in the index', () => {
  it('is the year the page is filed under', () => {
    expect(searchYearOf('<html lang="vi">\n<meta name="pagefind-filter-year" data-pagefind-filter="year[content]" content="2019">')).toBe('2019');
    expect(searchYearOf('<meta data-pagefind-filter="type[content]" content="2020">\n<meta data-pagefind-filter="year[content]" content="2021">')).toBe('2021');
  });

  it('is «other» for a page without a year', () => {
    expect(searchYearOf('<html lang="vi">\n<meta data-pagefind-filter="type[content]" content="Tin tức">')).toBe('other');
  });
});

describe('searchParts: years grouped into parts of the index', () => {
  const years = new Map([
    ['2016', 200],
    ['2017', 1900],
    ['2018', 2100],
    ['2019', 1950],
    ['2020', 2100],
    ['2021', 800],
  ]);

  it('keeps the newest year alone and groups the older ones from the oldest until a part holds enough pages, newest part first', () => {
    expect(searchParts(years, 4000)).toEqual([
      { name: '2021', years: ['2021'] },
      { name: '2019-2020', years: ['2019', '2020'] },
      { name: '2016-2018', years: ['2016', '2017', '2018'] },
    ]);
    // 2020 would have joined 2021 in a part of 4,000 and more pages: publishing in 2021 remakes 800.
    expect(searchParts(new Map([...years, ['2021', 2100]]), 4000).map((part) => part.name)).toEqual(['2021', '2019-2020', '2016-2018']);
    expect(searchParts(new Map([...years].slice(0, 5)), 4000).map((part) => part.name)).toEqual(['2020', '2019', '2016-2018']);
    expect(searchParts(years, 1).map((part) => part.name)).toEqual(['2021', '2020', '2019', '2018', '2017', '2016']);
    expect(searchParts(years, 100_000).map((part) => part.name)).toEqual(['2021', '2016-2020']);
    expect(searchParts(new Map([['2025', 40]]), 3000)).toEqual([{ name: '2025', years: ['2025'] }]);
  });

  it('keeps older parts as they are while the newest year grows and when a new year begins', () => {
    expect(searchParts(new Map([...years, ['2021', 1500]]), 4000)).toEqual(searchParts(years, 4000));
    const nextYear = searchParts(new Map([...years, ['2021', 1500], ['2022', 300]]), 4000);
    expect(nextYear.slice(0, 2).map((part) => part.name)).toEqual(['2022', '2021']);
    expect(nextYear.slice(2)).toEqual(searchParts(years, 4000).slice(1));
  });

  it('puts pages without a year in a part of their own, last', () => {
    expect(
      searchParts(
        new Map([
          ['2020', 5],
          ['other', 2],
        ]),
        10,
      ),
    ).toEqual([
      { name: '2020', years: ['2020'] },
      { name: 'other', years: ['other'] },
    ]);
    expect(searchParts(new Map(), 10)).toEqual([]);
  });
});

describe('copyPlace and pageUrl: from a page to its copy, and from a result back to the page', () => {
  it('keeps a copy as one file in its folder, and gives the page’s address back from the copy’s', () => {
    expect(copyPlace('tin-tuc/khanh-thanh-cau/index.html')).toBe('tin-tuc/khanh-thanh-cau.html');
    expect(copyPlace('thong-bao\\lich-tiep-dan\\index.html')).toBe('thong-bao/lich-tiep-dan.html');
    for (const year of ['2025', 'other']) {
      expect(pageUrl(`/${year}/${copyPlace('tin-tuc/khanh-thanh-cau/index.html')}`)).toBe('/tin-tuc/khanh-thanh-cau/');
    }
    expect(pageUrl('/2019/van-ban/quyet-dinh-12.html')).toBe('/van-ban/quyet-dinh-12/');
  });
});

describe('partsToRemake: which parts are made again, and which changes go into recent', () => {
  it('remakes every part never made, and no other while the changes fit', () => {
    expect([
      ...partsToRemake(
        new Map([
          ['2026', 3],
          ['2021-2025', Infinity],
          ['2016-2020', 0],
        ]),
        100,
      ),
    ]).toEqual(['2021-2025']);
  });

  it('remakes the parts with the most changes first, until the rest fit', () => {
    const changes = new Map([
      ['2026', 60],
      ['2021-2025', 30],
      ['2016-2020', 25],
      ['other', 5],
    ]);
    expect([...partsToRemake(changes, 100)]).toEqual(['2026']);
    expect([...partsToRemake(changes, 20)].sort()).toEqual(['2016-2020', '2021-2025', '2026']);
    expect([...partsToRemake(changes, 0)].sort()).toEqual(['2016-2020', '2021-2025', '2026', 'other']);
    expect(partsToRemake(changes, 120).size).toBe(0);
  });
});
