/**
 * The search index after pages changed since their parts were made: the
 * changed pages in the part `recent`, their older copies still in their
 * parts and listed in parts.json (src/search/pagefind.ts). In Debian's
 * chromium, the search page must answer as it does on an index made from
 * nothing of the same pages: the same results, the same counts, the same
 * dates newest first.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST } from '../helpers/portal.ts';
import { serveStatic, type StaticServer } from '../helpers/server.ts';
import { launch, visit } from '../helpers/browser.ts';
import { searchPage, type SearchOptions } from '../helpers/search-page.ts';
import { RECENT, writeSearchIndex } from '../../src/search/pagefind.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'search-recent-'));
/** The sample, its index made, then three pages changed and the index brought up to date. */
const changed = path.join(work, 'changed');
/** The same pages, their index made from nothing. */
const fresh = path.join(work, 'fresh');
const EDITED = 'tin-tuc/khao-sat-muc-do-hai-long-sipas';
const DELETED = 'thong-bao/tiem-bo-sung-vac-xin-phong-soi';
const ADDED = 'tin-tuc/le-hoi-dua-ghe-truyen-thong';
// Parts of at least 10 pages, as npm test builds the sample: several parts, one of them recent.
const index = (site: string, cache: string) =>
  writeSearchIndex(site, { cache: path.join(work, cache), input: path.join(work, `${cache}-input`), pageCache: path.join(work, 'none'), partPages: 10 });

let servers: StaticServer[] = [];
let browser: Browser;
let pages: { changed: Page; fresh: Page };
let errors: string[] = [];

beforeAll(async () => {
  fs.cpSync(DIST, changed, { recursive: true });
  await index(changed, 'cache');
  const file = (page: string) => path.join(changed, page, 'index.html');
  fs.writeFileSync(file(EDITED), fs.readFileSync(file(EDITED), 'utf8').replaceAll('SIPAS', 'chỉ số hài lòng tại sân vận động Phước Thịnh'));
  fs.rmSync(path.join(changed, DELETED), { recursive: true });
  fs.mkdirSync(path.join(changed, ADDED));
  fs.writeFileSync(file(ADDED), fs.readFileSync(file('tin-tuc/ba-san-pham-dat-chuan-ocop-3-sao'), 'utf8').replaceAll('OCOP', 'lễ hội đua ghe'));
  expect(await index(changed, 'cache')).toMatchObject({ made: 1, recent: 2 });

  fs.cpSync(changed, fresh, { recursive: true });
  fs.rmSync(path.join(fresh, 'pagefind'), { recursive: true });
  expect(await index(fresh, 'fresh-cache')).toMatchObject({ recent: 0 });

  servers = [await serveStatic([changed]), await serveStatic([fresh])];
  browser = await launch();
  const visits = await Promise.all(servers.map((server) => visit(browser, `${server.url}/tim-kiem/`, 1000)));
  pages = { changed: visits[0]!.page, fresh: visits[1]!.page };
  errors = visits.flatMap((visited) => visited.consoleErrors);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  fs.rmSync(work, { recursive: true, force: true });
});

const search = (which: keyof typeof pages, query: string, options: SearchOptions = {}) => searchPage(pages[which], servers[which === 'changed' ? 0 : 1]!.url, query, options);

describe('an index with a part of recently changed pages', () => {
  it('holds the edited and the added page in recent, and lists the older copies of the edited and the deleted one', () => {
    const { parts, stale } = JSON.parse(fs.readFileSync(path.join(changed, 'pagefind/parts.json'), 'utf8')) as { parts: string[]; stale: { id: string }[] };
    expect(parts).toContain(RECENT);
    expect(stale).toHaveLength(2);
    expect(fs.readdirSync(path.join(changed, 'pagefind', RECENT, 'fragment'))).toHaveLength(2);
  });

  it('finds the edited page by its new words and no longer by its old ones, the added page, and not the deleted one', async () => {
    expect((await search('changed', 'phuoc thinh')).paths).toEqual([`/${EDITED}/`]);
    expect((await search('changed', 'sipas', { all: true })).paths).not.toContain(`/${EDITED}/`);
    expect((await search('changed', 'dua ghe')).paths[0]).toBe(`/${ADDED}/`);
    expect((await search('changed', 'vac xin soi', { all: true })).paths).not.toContain(`/${DELETED}/`);
  });

  // Words of the changed pages, words missing from some parts (ocop, sipas), common words, typed with and without marks.
  const queries = ['sipas', 'phuoc thinh', 'dua ghe', 'ocop', 'vac xin soi', 'tiem chung', 'hanh chinh', 'cai cach hanh chinh', 'xa', 'đường', 'duong', 'an binh', 'cai cac'];

  it.each(queries)('answers «%s» with the same pages and counts as an index made from nothing', async (query) => {
    const [recent, clean] = [await search('changed', query, { all: true }), await search('fresh', query, { all: true })];
    expect(recent.paths.slice().sort()).toEqual(clean.paths.slice().sort());
    expect(recent.status).toBe(clean.status);
    expect(recent.counts).toEqual(clean.counts);
  });

  it('narrows by year and by type with the same results and counts', async () => {
    for (const options of [{ year: '2026' }, { type: 'Thông báo' }, { year: '2025', type: 'Tin tức' }] satisfies SearchOptions[]) {
      const [recent, clean] = [await search('changed', 'xa', { all: true, ...options }), await search('fresh', 'xa', { all: true, ...options })];
      expect(recent.paths.length, JSON.stringify(options)).toBeGreaterThan(0);
      expect(recent.paths.slice().sort(), JSON.stringify(options)).toEqual(clean.paths.slice().sort());
      expect(recent.counts, JSON.stringify(options)).toEqual(clean.counts);
    }
  });

  it('lists newest first across its own part and recent, date by date as the index made from nothing', async () => {
    const dates = async (which: keyof typeof pages) => {
      const { paths } = await search(which, 'xa', { sort: 'newest', all: true });
      const shown = (await pages[which].locator('.search-result .meta').allTextContents()).map((text) => text.slice(0, 10).split('/').reverse().join('-'));
      return { paths, shown };
    };
    const [recent, clean] = [await dates('changed'), await dates('fresh')];
    expect(recent.paths).toContain(`/${ADDED}/`);
    expect(recent.shown).toEqual([...recent.shown].sort().reverse());
    expect(recent.shown).toEqual(clean.shown);
    expect(recent.paths.slice().sort()).toEqual(clean.paths.slice().sort());
  });

  it('logged no console errors', () => {
    expect(errors).toEqual([]);
  });
});
