/**
 * Checks over every file of the built site, without a browser: valid HTML,
 * no broken internal links or anchors, RSS 2.0 feeds, and no JavaScript on
 * pages that need none. Each check is also run on a broken fixture to show
 * it catches what it is for. They hold for any content: `npm run test:site`
 * runs them on the unit's own portal.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, FIXTURES, listFiles } from '../helpers/portal.ts';
import { CONTENT } from '../helpers/content.ts';
import { validateHtml } from '../helpers/checks/html.ts';
import { checkLinks } from '../helpers/checks/links.ts';
import { checkFeed } from '../helpers/checks/feeds.ts';
import { loadSiteConfig } from '../../src/files/site-file.ts';

const site = loadSiteConfig(CONTENT);
const BROKEN = path.join(FIXTURES, 'broken-site');
const pages = () => listFiles(DIST).filter((f) => f.endsWith('.html'));
const read = (root: string, file: string) => fs.readFileSync(path.join(root, file), 'utf8');

/** Pages whose features need a script: article and notice tools, search, album lightbox, the CMS, the documents filter, schedule printing. */
const MAY_HAVE_JS = [
  /^tin-tuc\/(?!\d+\/)[^/]+\/index\.html$/,
  /^thong-bao\/(?!\d+\/)[^/]+\/index\.html$/,
  /^tim-kiem\/index\.html$/,
  /^thu-vien-anh\/(?!\d+\/)[^/]+\/index\.html$/,
  /^admin\//,
  /^van-ban\/index\.html$/,
  /^lich-lam-viec\/(?:[^/]+\/)?index\.html$/,
];
/** The reader tools (text size A-/A/A+, high contrast) are on every page: their one script is not counted. */
const SITE_WIDE_SCRIPT = /src="\/_astro\/ReaderTools\.[^"]+\.js"/;

describe('HTML validity (html-validate)', () => {
  it('every built page is valid', async () => {
    const problems = (await Promise.all(pages().map((file) => validateHtml(file, read(DIST, file))))).flat();
    expect(problems.map((p) => `${p.file}:${p.line} ${p.rule} ${p.message}`)).toEqual([]);
  });

  it('catches invalid markup and an image without alt', async () => {
    expect(await validateHtml('ok/index.html', read(BROKEN, 'ok/index.html'))).toEqual([]);
    const invalid = await validateHtml('invalid-html/index.html', read(BROKEN, 'invalid-html/index.html'));
    expect(invalid.map((p) => p.rule)).toEqual(expect.arrayContaining(['no-dup-id']));
    const noAlt = await validateHtml('img-no-alt/index.html', read(BROKEN, 'img-no-alt/index.html'));
    expect(noAlt.map((p) => p.rule)).toContain('wcag/h37');
  });
});

describe('links', () => {
  it('no internal link, anchor, image, script, stylesheet or attachment is broken', () => {
    expect(checkLinks(DIST, site.url)).toEqual([]);
  });

  it('catches a dead link and a missing anchor', () => {
    const broken = checkLinks(BROKEN, 'https://xa.example');
    expect(broken).toEqual(
      expect.arrayContaining([
        { page: 'dead-link/index.html', url: '/khong-ton-tai/', reason: 'no such file' },
        { page: 'dead-link/index.html', url: '/ok/#khong-co-muc', reason: 'no element with id #khong-co-muc' },
        { page: 'img-no-alt/index.html', url: '/anh.png', reason: 'no such file' },
      ]),
    );
  });
});

describe('feeds (RSS 2.0)', () => {
  const feeds = () => listFiles(DIST).filter((f) => f.endsWith('rss.xml'));

  it('every feed has the required channel elements, RFC 822 dates, absolute URLs, unique guids and a self link', () => {
    expect(feeds().length).toBeGreaterThanOrEqual(2 + site.categories.length);
    for (const feed of feeds()) expect(checkFeed(read(DIST, feed), new URL(`/${feed}`, site.url).href), feed).toEqual([]);
  });

  it('catches a feed without channel link, self link, language, with a bad date, relative link and a repeated guid', () => {
    const problems = checkFeed(read(BROKEN, 'bad-feed.xml'), 'https://xa.example/rss.xml');
    expect(problems).toEqual(
      expect.arrayContaining([
        'channel has no <link>',
        'channel <language> is not vi',
        'no atom:link rel="self" pointing to https://xa.example/rss.xml',
        'item 1 <link> is missing or not absolute: /tin-tuc/bai-mot/',
        'item 1 <pubDate> is missing or not RFC 822: 2024-03-17',
        'item 3 repeats guid https://xa.example/tin-tuc/bai-hai/',
      ]),
    );
  });
});

describe('JavaScript only where a feature needs it', () => {
  const scripts = (html: string) => [...html.matchAll(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>/g)].filter(([tag]) => !SITE_WIDE_SCRIPT.test(tag)).length;

  it('pages without interactive features ship no script', () => {
    const offenders = pages().filter((file) => !MAY_HAVE_JS.some((re) => re.test(file)) && scripts(read(DIST, file)) > 0);
    expect(offenders).toEqual([]);
  });

  it('no page has inline scripts or inline event handlers', () => {
    for (const file of pages()) {
      const html = read(DIST, file);
      expect(html, file).not.toMatch(/<script\b(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
      expect(html, file).not.toMatch(/\son[a-z]+="/i);
    }
  });

  it('the check sees an inline script', () => {
    expect(scripts(read(BROKEN, 'inline-script/index.html'))).toBe(1);
  });
});
