/**
 * The incremental build (Astro's experimental.incrementalBuild with the
 * cache keys of src/build/cache-keys.ts) must publish exactly what a clean
 * build publishes. A small synthetic portal is built once, then changed
 * in turn (an article edited, added, deleted; a static page renamed; an
 * article edited in a fresh clone, without dist/; a category renamed);
 * after each change it is rebuilt with the first build's cache and output
 * folder, and also built from nothing, and the two dist/ folders are
 * compared file by file, byte for byte. Both must also be whole: every
 * same-site link, image and photo variant resolves, and every file of
 * public/ is published (a clean build and an incremental one can lose the
 * same files: Astro 7.4 lost public files and photo variants in both).
 * Some articles have a cover photo, so photo variants are kept across builds.
 * Last, an upgrade is simulated: the recorded Astro version is changed, and
 * the build reuses nothing and publishes what a clean build does.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticPortal } from '../../scripts/lib/synthetic.ts';
import { build, listFiles, ROOT } from '../helpers/portal.ts';
import { checkLinks } from '../helpers/checks/links.ts';
import { searchablePages } from '../helpers/search-index.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'portal-incremental-'));
const content = path.join(work, 'content');
const out = path.join(work, 'dist');
const cache = path.join(work, 'cache');
// Both builds of each pair see the same "now", so dates such as the feeds' lastBuildDate agree.
// Parts of the search index of at least 10 pages: several, as a large portal has.
const env = { SOURCE_DATE_EPOCH: String(Math.floor(Date.now() / 1000)), PORTAL_SEARCH_PART_PAGES: '10' };

let clean = 0;
/** A build from nothing: new output folder, new cache. */
function cleanBuild() {
  clean += 1;
  const dir = path.join(work, `clean-${clean}`);
  const result = build(content, path.join(dir, 'dist'), { ...env, PORTAL_CACHE_DIR: path.join(dir, 'cache') });
  expect(result.status, result.output).toBe(0);
  return path.join(dir, 'dist');
}

/** A build into the first build's output folder with its cache; returns how many pages were copied, not rendered. */
function incrementalBuild() {
  const result = build(content, out, { ...env, PORTAL_CACHE_DIR: cache });
  expect(result.status, result.output).toBe(0);
  return { reused: (result.output.match(/\((restored|cached)\)/g) ?? []).length, output: result.output };
}

/** The portal's own address (site.yaml `url`): absolute links to it are checked too. */
const siteUrl = () => /^url: *(\S+)$/m.exec(fs.readFileSync(path.join(content, 'site.yaml'), 'utf8'))![1]!;

/** Every same-site reference of the built pages resolves, and every public/ file is published. */
function expectWhole(dist: string) {
  expect(checkLinks(dist, siteUrl())).toEqual([]);
  expect(listFiles(path.join(ROOT, 'public')).filter((file) => !fs.existsSync(path.join(dist, file)))).toEqual([]);
}

function expectSameOutput(incremental: string, fresh: string) {
  expectWhole(incremental);
  expectWhole(fresh);
  // The search index is compared by what it answers: an incremental build's may hold the pages
  // changed since their parts were made in a part of their own (src/search/pagefind.ts).
  const outsideIndex = (file: string) => !file.startsWith('pagefind/');
  const files = listFiles(fresh).filter(outsideIndex);
  expect(listFiles(incremental).filter(outsideIndex)).toEqual(files);
  const differing = files.filter((file) => !fs.readFileSync(path.join(incremental, file)).equals(fs.readFileSync(path.join(fresh, file))));
  expect(differing).toEqual([]);
  expect(searchablePages(incremental)).toEqual(searchablePages(fresh));
}

const articleFiles = () => listFiles(path.join(content, 'articles')).filter((file) => file.endsWith('.md'));
const html = (dist: string, page: string) => fs.readFileSync(path.join(dist, page, 'index.html'), 'utf8');

beforeAll(() => {
  // One article in five with a cover photo: photo variants are made, then kept from the cache.
  writeSyntheticPortal({ articles: 40, out: content, photos: 0.2 });
  const first = build(content, out, { ...env, PORTAL_CACHE_DIR: cache });
  expect(first.status, first.output).toBe(0);
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('an incremental rebuild publishes what a clean build publishes', () => {
  it('after an article is edited: only its pages are rendered again', () => {
    const file = articleFiles()[7]!;
    const source = path.join(content, 'articles', file);
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(/\n## /, '\nMột đoạn văn mới được thêm khi biên tập lại bài.\n\n## '));
    const { reused, output } = incrementalBuild();
    // Most pages are kept from the last build; the edited one shows the new paragraph; its year's
    // part of the search index is kept, and the page indexed in the part of recently changed pages.
    expect(reused).toBeGreaterThan(40);
    expect(output).toMatch(/\[portal-pagefind\] indexed 1 of \d+ parts \(\d+ parts, \d+ pages, 1 of them changed since their parts were made\)/);
    // Astro's glob loader read that one file again, not the others (src/build/changed-files.ts).
    expect(output).toMatch(/articles: 1 of \d+ files changed since the last build/);
    const slug = path.basename(file, '.md');
    expect(html(out, `tin-tuc/${slug}`)).toContain('Một đoạn văn mới được thêm khi biên tập lại bài.');
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after an article is added', () => {
    const source = path.join(content, 'articles', articleFiles()[3]!);
    const added = path.join(content, 'articles', '2026', 'bai-moi-them-vao-luc-xay-dung-lai.md');
    fs.mkdirSync(path.dirname(added), { recursive: true });
    fs.writeFileSync(added, fs.readFileSync(source, 'utf8').replace(/^title: ".*"$/m, 'title: "Bài mới thêm vào lúc xây dựng lại"'));
    incrementalBuild();
    expect(fs.existsSync(path.join(out, 'tin-tuc/bai-moi-them-vao-luc-xay-dung-lai/index.html'))).toBe(true);
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after an article is deleted: its page is gone', () => {
    const file = articleFiles()[11]!;
    fs.rmSync(path.join(content, 'articles', file));
    incrementalBuild();
    expect(fs.existsSync(path.join(out, 'tin-tuc', path.basename(file, '.md')))).toBe(false);
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after a static page is renamed: every page shows it in its footer, the search index is reused', () => {
    const file = path.join(content, 'pages', 'gioi-thieu.md');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Giới thiệu chung về xã'));
    const { reused, output } = incrementalBuild();
    expect(reused).toBe(0);
    expect(html(out, 'tin-tuc')).toContain('Giới thiệu chung về xã');
    expect(output).toMatch(/\[portal-pagefind\] reused the search index of the last build/);
    expect(output).toMatch(/pages: 1 of \d+ files changed since the last build/);
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after a push, as on Netlify: a fresh clone without dist/, the cache directory kept', () => {
    // A git clone gives every file a new time; only the cache directory is restored.
    const now = new Date();
    for (const file of listFiles(content)) fs.utimesSync(path.join(content, file), now, now);
    fs.rmSync(out, { recursive: true });
    const file = articleFiles()[5]!;
    const source = path.join(content, 'articles', file);
    fs.writeFileSync(source, fs.readFileSync(source, 'utf8').replace(/\n## /, '\nĐoạn văn được thêm sau khi kéo mã về.\n\n## '));
    const { reused, output } = incrementalBuild();
    // The kept pages were linked in from the incremental build's cache, not copied by Astro one by one.
    expect(output).toMatch(/linked \d+ pages from the incremental build's cache/);
    expect(output).not.toMatch(/\(restored\)/);
    expect(reused).toBeGreaterThan(40);
    expect(html(out, `tin-tuc/${path.basename(file, '.md')}`)).toContain('Đoạn văn được thêm sau khi kéo mã về.');
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after a category is renamed in site.yaml', () => {
    const siteFile = path.join(content, 'site.yaml');
    const yaml = fs.readFileSync(siteFile, 'utf8');
    const name = /^  - slug: ([a-z0-9-]+)\n    name: (.+)$/m.exec(yaml);
    expect(name, 'site.yaml lists categories as «- slug:» then «name:»').not.toBeNull();
    fs.writeFileSync(siteFile, yaml.replace(name![0], name![0].replace(`name: ${name![2]}`, 'name: Chuyên mục đã đổi tên')));
    incrementalBuild();
    expect(html(out, `chuyen-muc/${name![1]}`)).toContain('<h1>Chuyên mục đã đổi tên</h1>');
    expectSameOutput(out, cleanBuild());
  }, 240_000);

  it('after an upgrade of Astro, as on Netlify with the cache of the old version: nothing is reused', () => {
    const stampFile = path.join(cache, 'portal', 'build-stamp.json');
    const stamp = JSON.parse(fs.readFileSync(stampFile, 'utf8')) as { astro: string; code: string };
    fs.writeFileSync(stampFile, JSON.stringify({ ...stamp, astro: '7.3.5' }));
    fs.rmSync(out, { recursive: true });
    const { reused, output } = incrementalBuild();
    expect(output).toMatch(new RegExp(`full build, nothing reused from the cache: Astro 7\\.3\\.5 → ${stamp.astro.replace(/\./g, '\\.')}`));
    expect(output).not.toMatch(/linked \d+ pages from the incremental build's cache/);
    expect(reused).toBe(0);
    expect(output).toMatch(/\[portal-pagefind\] indexed (\d+) of \1 parts/);
    // The new version is recorded: the next build reuses again.
    expect(JSON.parse(fs.readFileSync(stampFile, 'utf8'))).toEqual(stamp);
    expectSameOutput(out, cleanBuild());
    expect(incrementalBuild().reused).toBeGreaterThan(40);
    expectSameOutput(out, cleanBuild());
  }, 360_000);
});
