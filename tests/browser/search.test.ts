/**
 * Vietnamese search in Debian's chromium against the built sample portal and
 * its real Pagefind index: queries typed with and without diacritics (đ/d
 * included), ranking, filters with counts, sort, URL state, accessibility.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, listFiles } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { axeViolations, launch, visit } from '../helpers/browser.ts';
import { searchPage, type SearchOptions } from '../helpers/search-page.ts';
import { queryVariants } from '../../src/search/query.ts';
import { pageUrl } from '../../src/search/index-parts.ts';
import { entryId } from '../../src/model/slugify.ts';

let server: StaticServer;
let browser: Browser;
let page: Page;
let errors: string[];
/** The same pages indexed by Pagefind as one index, served at /pagefind-one/ beside the site, to compare with the index in parts. */
const single = fs.mkdtempSync(path.join(os.tmpdir(), 'search-one-'));

/**
 * Browser-side: a Pagefind instance of its own with every part of the index under `base` merged in,
 * as the search page loads them (a string, so vitest leaves its dynamic imports alone).
 */
const openParts = `async (base) => {
  const { parts } = await (await fetch(base + '/parts.json')).json();
  const pagefind = (await import(base + '/' + parts[0] + '/pagefind.js')).createInstance({ basePath: base + '/' + parts[0] + '/' });
  await pagefind.init();
  for (const part of parts.slice(1)) await pagefind.mergeIndex(base + '/' + part + '/');
  return pagefind;
}`;

beforeAll(async () => {
  const pagefind = path.join(ROOT, 'node_modules/pagefind/lib/runner/bin.cjs');
  const glob = '{tin-tuc,thong-bao,van-ban,thu-vien-anh}/**/*.html';
  execFileSync(process.execPath, [pagefind, '--site', DIST, '--glob', glob, '--output-path', path.join(single, 'pagefind-one'), '--force-language', 'vi', '--silent']);
  server = await serveStatic([DIST, single]);
  browser = await launch();
  const visited = await visit(browser, `${server.url}/tim-kiem/`, 1000);
  page = visited.page;
  errors = visited.consoleErrors;
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(single, { recursive: true, force: true });
});

/** Run a search through the page's own form, as a reader would, and return result paths and the status line. */
const search = (query: string, options: SearchOptions = {}) => searchPage(page, server.url, query, options);

const article = (slug: string) => `/tin-tuc/${slug}/`;
const notice = (slug: string) => `/thong-bao/${slug}/`;
const album = (slug: string) => `/thu-vien-anh/${slug}/`;

/** Queries and the page that must come first (or one of those listed, for near-equal pages). */
const QUERIES: { query: string; first: string[]; why: string }[] = [
  { query: 'cai cach hanh chinh', first: [article('tong-ket-cai-cach-hanh-chinh-nam-2025'), article('ke-hoach-cai-cach-hanh-chinh-nam-2026')], why: 'no diacritics, title match' },
  { query: 'cải cach hanh chính', first: [article('tong-ket-cai-cach-hanh-chinh-nam-2025'), article('ke-hoach-cai-cach-hanh-chinh-nam-2026')], why: 'mixed diacritics' },
  { query: 'ocop', first: [article('ba-san-pham-dat-chuan-ocop-3-sao')], why: 'an acronym in the title' },
  { query: 'duong giao thong', first: [article('khoi-cong-duong-lien-thon-dong-tam-ben-da')], why: 'd for đ, phrase' },
  { query: 'dong tam ben da', first: [article('khoi-cong-duong-lien-thon-dong-tam-ben-da')], why: 'd for đ in two place names' },
  { query: 'Đồng Tâm', first: [article('khoi-cong-duong-lien-thon-dong-tam-ben-da')], why: 'exact diacritics' },
  { query: 'duong day nong', first: [notice('duong-day-nong-tiep-nhan-phan-anh-kien-nghi')], why: 'a notice, d for đ' },
  { query: 'đường dây nóng', first: [notice('duong-day-nong-tiep-nhan-phan-anh-kien-nghi')], why: 'a notice, exact' },
  { query: 'dương lịch', first: [notice('lich-nghi-tet-duong-lich-nam-2025')], why: 'dương, not đường' },
  { query: 'tet duong lich', first: [notice('lich-nghi-tet-duong-lich-nam-2025')], why: 'no diacritics, d stays d' },
  { query: 'dai hoi dang bo', first: [article('dai-hoi-dang-bo-xa-an-binh')], why: 'Đại, Đảng typed with d' },
  { query: 'Đại hội Đảng bộ', first: [article('dai-hoi-dang-bo-xa-an-binh')], why: 'exact diacritics' },
  { query: 'vac xin soi', first: [notice('tiem-bo-sung-vac-xin-phong-soi')], why: 'a notice' },
  { query: 'tiem chung', first: [article('tiem-chung-mo-rong-cho-tre-em'), notice('tiem-bo-sung-vac-xin-phong-soi')], why: 'article or notice' },
  { query: 'sipas', first: [article('khao-sat-muc-do-hai-long-sipas')], why: 'index name' },
  { query: 'par index', first: [article('nang-cao-chi-so-par-index-sipas-papi')], why: 'index name, two words' },
  {
    query: '12/KH-UBND',
    first: ['/van-ban/ke-hoach-cai-cach-hanh-chinh-nam-2026/', article('ke-hoach-cai-cach-hanh-chinh-nam-2026')],
    why: 'a document number: the document, or the article about it',
  },
  { query: '125/TB-UBND', first: [notice('lich-tiep-cong-dan-thang-12-nam-2026')], why: 'a notice number in its attachment title' },
  { query: 'bong chuyen hoi', first: [article('giai-bong-chuyen-hoi-cac-thon-mung-xuan')], why: 'sport' },
  { query: 'chua chay cuu nan', first: [article('dien-tap-chua-chay-tai-cho-an-binh')], why: 'no diacritics' },
  { query: 'camera an ninh', first: [article('mo-hinh-camera-an-ninh-thon-binh-minh')], why: 'title phrase' },
  { query: 'hop tac xa rau an toan', first: [article('hop-tac-xa-rau-an-toan-phu-loi')], why: 'long phrase' },
  { query: 'doan thanh nien', first: [article('doan-thanh-nien-ra-quan-thang-thanh-nien-2025')], why: 'Đoàn typed with d' },
  { query: 'mua gat dong xuan', first: [album('mua-gat-dong-xuan-2025')], why: 'an album’s title, no diacritics' },
  { query: 'ngay hoi van hoa the thao', first: [album('ngay-hoi-van-hoa-the-thao-mung-xuan-2026')], why: 'an album’s title, đ-less' },
  { query: 'ban dai dien cha me hoc sinh', first: [album('le-khai-giang-nam-hoc-2024-2025')], why: 'words only in an album photo’s caption' },
  { query: 'giai phong cach', first: [article('giai-bong-chuyen-hoi-cac-thon-mung-xuan')], why: 'words only in an article’s gallery caption' },
];

describe('queries find the right page first', () => {
  it.each(QUERIES)('«$query» ($why)', async ({ query, first }) => {
    const { paths, status } = await search(query);
    expect(status).toMatch(/^Tìm thấy \d+ kết quả cho «/);
    expect(first, `got ${paths.slice(0, 3).join(', ')}`).toContain(paths[0]);
  });
});

describe('Vietnamese matching', () => {
  it('finds words with đ from a query typed with d', async () => {
    const typed = await search('duong', { all: true });
    const exact = await search('đường', { all: true });
    const dMeant = await search('dương', { all: true });
    expect(exact.paths.length).toBeGreaterThan(10);
    for (const path of [...exact.paths, ...dMeant.paths]) expect(typed.paths).toContain(path);
    expect(typed.status).toContain(`Tìm thấy ${typed.paths.length} kết quả`);
  });

  it('keeps dương and đường apart when typed with diacritics', async () => {
    const duong = await search('dương');
    const road = await search('đường');
    expect(duong.paths[0]).toBe(notice('lich-nghi-tet-duong-lich-nam-2025'));
    expect(road.paths).not.toContain(notice('lich-nghi-tet-duong-lich-nam-2025'));
    expect(duong.paths).not.toContain(article('khoi-cong-duong-lien-thon-dong-tam-ben-da'));
  });

  it('highlights the matched words in the excerpt', async () => {
    await search('camera an ninh');
    expect(await page.locator('.search-result').first().locator('.excerpt mark').count()).toBeGreaterThan(0);
  });

  it('shows date, type or category, and the cover thumbnail', async () => {
    await search('ocop');
    const first = page.locator('.search-result').first();
    expect(await first.locator('.meta').textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} · Kinh tế$/);
    expect(await first.locator('img').getAttribute('src')).toMatch(/^\/_astro\/.+\.webp$/);
  });

  it('finds a writer’s articles by the name, typed without diacritics', async () => {
    const written = listFiles(path.join(ROOT, 'content/articles'))
      .filter((file) => file.endsWith('.md'))
      .filter((file) => /^author: "Nguyễn Thị Thu Trang"$/m.test(fs.readFileSync(path.join(ROOT, 'content/articles', file), 'utf8')))
      .filter((file) => !/^draft: true$/m.test(fs.readFileSync(path.join(ROOT, 'content/articles', file), 'utf8')));
    expect(written.length).toBeGreaterThan(3);
    const { paths } = await search('nguyen thi thu trang', { all: true });
    for (const file of written) expect(paths).toContain(article(entryId(file)));
  });

  it('shows a document’s labels and values apart in its excerpt', async () => {
    await search('12/KH-UBND');
    const excerpts = await page.locator('.search-result .excerpt').allTextContents();
    const documentExcerpt = excerpts.find((text) => text.includes('Số ký hiệu'));
    expect(documentExcerpt).toContain('Số ký hiệu: 12/KH-UBND');
    for (const text of excerpts) expect(text).not.toMatch(/(Số ký hiệu|Loại văn bản|Cơ quan ban hành|Người ký|Ngày ban hành)[^\s:]/);
  });

  it('says so helpfully when nothing matches', async () => {
    const { paths, status } = await search('zzqxv wwxyq');
    expect(paths).toEqual([]);
    expect(status).toContain('Không tìm thấy kết quả nào cho «zzqxv wwxyq»');
    expect(status).toContain('Sơ đồ trang');
  });

  it('indexes only content: never menus, footers or tools', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    // A string, so that vitest does not rewrite the browser-side dynamic import.
    const indexed: { url: string; content: string }[] = await page.evaluate(`(async () => {
      const pagefind = await (${openParts})('/pagefind');
      const all = await pagefind.search(null, {});
      return Promise.all(all.results.map((r) => r.data()));
    })()`);
    expect(indexed.length).toBeGreaterThanOrEqual(40);
    const chrome = [
      'Bỏ qua menu',
      'Sao chép liên kết',
      'Chịu trách nhiệm nội dung',
      'Các tin khác',
      'Địa chỉ bài viết',
      'Trang thông tin',
      'Tin trước',
      'Đánh giá thông tin',
      'Tương phản cao',
      'Đóng ảnh',
      'Ảnh trước',
      'Tác giả:',
    ];
    // The build indexes only the folders of these pages (src/search/pagefind.ts): none may be missed.
    const withBody = listFiles(DIST)
      .filter((file) => file.endsWith('.html') && fs.readFileSync(path.join(DIST, file), 'utf8').includes('data-pagefind-body'))
      .map((file) => `/${file.replace(/index\.html$/, '')}`);
    // Pagefind gives the address of the copy it read; the search page links to pageUrl() of it.
    expect(indexed.map(({ url }) => pageUrl(url)).sort()).toEqual(withBody.sort());
    for (const { url: copy, content } of indexed) {
      const url = pageUrl(copy);
      expect(url).toMatch(/^\/(tin-tuc|thong-bao|van-ban|thu-vien-anh)\/[a-z0-9-]+\/$/);
      for (const text of chrome) expect(content, `${url} indexes "${text}"`).not.toContain(text);
    }
  });
});

describe('the index in parts, one per year', () => {
  it('has parts of whole years covering every indexed page’s year, newest first', async () => {
    const { parts } = JSON.parse(fs.readFileSync(path.join(DIST, 'pagefind/parts.json'), 'utf8')) as { parts: string[] };
    const years = new Set(
      listFiles(DIST)
        .filter((file) => /^(tin-tuc|thong-bao|van-ban|thu-vien-anh)\/[^/]+\/index\.html$/.test(file))
        .map((file) => /data-pagefind-filter="year\[content\]" content="(\d{4})"/.exec(fs.readFileSync(path.join(DIST, file), 'utf8'))?.[1])
        .filter(Boolean),
    );
    // npm test builds the sample with parts of at least 10 pages (PORTAL_SEARCH_PART_PAGES), so that it has several.
    expect(parts.length).toBeGreaterThan(1);
    const covered = parts.flatMap((name) => {
      const [first, last = first] = name.split('-').map(Number);
      return Array.from({ length: last! - first! + 1 }, (_, i) => String(first! + i));
    });
    expect([...covered].sort()).toEqual([...years].sort());
    expect(parts).toEqual([...parts].sort().reverse());
  });

  it('finds the same pages as one index of the whole site, query by query', async () => {
    // Queries whose words are missing from some years' parts (ocop, sipas, 125/TB-UBND…), partial words, and words found nowhere.
    const queries = [...QUERIES.map(({ query }) => query), 'xa', 'đường', 'duong', 'thong bao', 'an binh', 'cai cac', 'ocopx', 'sipasz'];
    for (const query of queries) {
      const { paths } = await search(query, { all: true });
      const one: string[] = await page.evaluate(
        `(async (variants) => {
          const one = (await import('/pagefind-one/pagefind.js')).createInstance({ basePath: '/pagefind-one/' });
          await one.init();
          const urls = new Set();
          for (const variant of variants) for (const r of (await one.search(variant)).results) urls.add((await r.data()).url);
          return [...urls];
        })(${JSON.stringify(queryVariants(query))})`,
      );
      expect(paths.slice().sort(), query).toEqual(one.sort());
    }
    // About forty queries, each searched both ways in chromium: more than the default minute on a busy machine.
  }, 180_000);

  it('lists newest first across years as one index sorted by date would', async () => {
    const { paths } = await search('xa', { sort: 'newest', all: true });
    const one: string[] = await page.evaluate(`(async () => {
      const one = (await import('/pagefind-one/pagefind.js')).createInstance({ basePath: '/pagefind-one/' });
      await one.init();
      const search = await one.search('xa', { sort: { date: 'desc' } });
      return (await Promise.all(search.results.map((r) => r.data()))).map((d) => new URL(d.url, location.href).pathname);
    })()`);
    expect(paths.length).toBeGreaterThan(20);
    expect(paths).toEqual(one);
  });
});

describe('filters and sort', () => {
  it('narrows by type and shows counts per value', async () => {
    const all = await search('thong bao');
    const notices = await search('thong bao', { type: 'Thông báo' });
    expect(notices.paths.length).toBeGreaterThan(0);
    expect(notices.paths.length).toBeLessThan(all.paths.length);
    expect(notices.paths.every((p) => p.startsWith('/thong-bao/'))).toBe(true);
    const count = await page.locator('label[for="f-type-Th_ng_b_o"] .count').textContent();
    expect(count).toBe(`(${notices.paths.length})`);
  });

  it('narrows by category and by year', async () => {
    const byCategory = await search('xa', { category: 'Kinh tế' });
    for (const path of byCategory.paths.slice(0, 5)) {
      await page.goto(server.url + path);
      expect(await page.locator('.breadcrumb').textContent()).toContain('Kinh tế');
    }
    const byYear = await search('xa', { year: '2024' });
    expect(byYear.paths.length).toBeGreaterThan(0);
    for (const path of byYear.paths.slice(0, 5)) {
      await page.goto(server.url + path);
      expect(await page.locator('time').first().getAttribute('datetime')).toMatch(/^2024-/);
    }
  });

  it('sorts by newest', async () => {
    await search('xa an binh', { sort: 'newest' });
    const dates = (await page.locator('.search-result .meta').allTextContents()).map((t) => t.slice(0, 10).split('/').reverse().join('-'));
    expect(dates.length).toBeGreaterThan(3);
    expect(dates).toEqual([...dates].sort().reverse());
  });
});

describe('the search page', () => {
  it('keeps the query in the URL and comes back to it', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await page.fill('#search-q', 'sipas');
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«sipas»'));
    expect(new URL(page.url()).searchParams.get('q')).toBe('sipas');
    await page.locator('.search-result h2 a').first().click();
    await page.waitForURL((url) => url.pathname.startsWith('/tin-tuc/'));
    await page.goBack();
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('«sipas»'));
    expect(await page.inputValue('#search-q')).toBe('sipas');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
  });

  it('is usable from the keyboard: Tab goes from the box through the options to the results', async () => {
    await search('sipas');
    await page.focus('#search-q');
    const order: string[] = [];
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { id: el.id, tag: el.tagName, name: el.getAttribute('name'), result: !!el.closest('.search-result') };
      });
      order.push(focused.name ?? focused.tag);
      if (focused.result) break;
    }
    expect(order[0]).toBe('BUTTON');
    expect(order).toContain('sort');
    expect(order).toContain('type');
    expect(order.at(-1)).toBe('A');
    expect(await page.evaluate(() => !!document.activeElement?.closest('.search-result'))).toBe(true);
    expect(await page.locator('[data-search-status]').getAttribute('role')).toBe('status');
  });

  it('has no axe violations with results and filters shown', async () => {
    await search('cai cach');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('logged no console errors during all of the above', () => {
    expect(errors).toEqual([]);
  });

  it('is reached from the header search box without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/`);
    await plain.fill('#header-search-q', 'cai cach');
    await plain.press('#header-search-q', 'Enter');
    await plain.waitForURL(/\/tim-kiem\/\?q=cai\+cach$/);
    expect(await plain.locator('h1').textContent()).toBe('Tìm kiếm');
    await context.close();
  });
});
