/**
 * Builds the Pagefind search index from the pages Astro has just written,
 * as the last step of every build: under `npm run build` once Astro has
 * exited (`afterAstro`, from scripts/build.ts), under a bare `astro build`
 * in Astro's last step (`pagefindIndex`). Only regions marked
 * `data-pagefind-body` (articles, notices, documents and albums) are indexed.
 *
 * The index is made in parts of whole years (`searchParts` in
 * src/search/index-parts.ts: `/pagefind/<years>/`, listed newest first in
 * `/pagefind/parts.json`); the search page loads the newest and merges the
 * others into it (src/client/search-page.ts). Pagefind cannot update an
 * index, and one index of a large portal takes most of a minute and
 * gigabytes of memory to write; a part takes seconds and well under a
 * gigabyte. A build takes the parts from the cache directory, and the pages
 * changed since their part was made go into a small part of their own,
 * `recent`, made in under a second; the parts with the most changes are made
 * again once more than `RECENT_PAGES` pages have changed.
 *
 * Pagefind reads copies of the pages that hold only their indexed part
 * (src/search/index-parts.ts), kept in the cache directory too, one folder per
 * year, one file per page. Its command line makes each part; the results'
 * addresses are those of the copies, which the search page turns back into
 * the pages' (`pageUrl`).
 */
import { setting } from '../config/env.ts';
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { AstroIntegration } from 'astro';
import { cacheDir, portalCacheDir } from '../config/cache-dir.ts';
import { linkFiles } from '../build/link-files.ts';
import { INCREMENTAL_PAGES } from '../build/restore-output.ts';
import { copyPlace, indexedPart, partsToRemake, searchParts, searchYearOf } from './index-parts.ts';
import type { FilterValues, StaleCopy } from './stale-copies.ts';
import { paths } from '../site.ts';

/**
 * The folders of the only pages with a `data-pagefind-body` region
 * (ArticleView, NoticeView, DocumentView, AlbumView). Lists, tags and
 * archives, a third of a large portal's pages, are not even read (the photo
 * library's list pages are, and left out for having no such region).
 */
const folders = [paths.article('x'), paths.notice('x'), paths.document('x'), paths.album('x')].map((url) => url.split('/')[1]!);

/** The installed pagefind package: its version goes into the parts' cache key, its command line makes them. */
const PAGEFIND_DIR = path.join(process.cwd(), 'node_modules/pagefind');
const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(path.join(PAGEFIND_DIR, 'package.json'), 'utf8')) as { version: string }).version;
/** Pagefind's command line: faster than its Node API on a part of thousands of pages (docs/performance-log.md). */
const PAGEFIND_CLI = path.join(PAGEFIND_DIR, 'lib/runner/bin.cjs');

/**
 * The fewest pages a part of older years holds (the newest year is a part of its own, and the
 * last run of older years may hold fewer). Pagefind's time and memory grow faster than a part's
 * pages, and a reader's query fetches from every part: more, smaller parts build faster but
 * make the first query heavier; one index is the lightest query but the heaviest build
 * (figures in docs/performance.md).
 * `PORTAL_SEARCH_PART_PAGES` changes it (the tests make small parts, to have several).
 */
const PART_PAGES = setting('searchPartPages');

/**
 * How many parts Pagefind makes at a time (`PORTAL_SEARCH_CONCURRENCY`). Each Pagefind process
 * holds a large part in memory. Inside Astro's process, which keeps its own memory to the end,
 * one, so the build's peak stays low; after Astro has exited (`npm run build`, below), two, one
 * a core.
 */
const concurrency = (alone: boolean) => setting('searchConcurrency') ?? (alone ? 2 : 1);

/**
 * Set by `npm run build` (scripts/build.ts) to a file: Astro's build then only writes its
 * output folder's path there, and the index is made once Astro has exited and freed its
 * memory (`afterAstro`). Without it (`astro build` run by hand) the index is made in Astro's
 * last step.
 */

/** Pagefind's own user interfaces, which this portal's search page does not use: not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** A page Pagefind indexes: its path in the site, the year it is filed under, and its copy's digest. */
export interface IndexedPage {
  file: string;
  year: string;
  digest: string;
}

/**
 * What the last build recorded of a page in the folders Pagefind reads: its file's size and
 * time, the same of Astro's cached copy of it (`cached`), and, when indexed, its year and digest.
 */
interface Seen {
  stamp: string;
  cached?: string;
  page?: IndexedPage;
}

/**
 * A file's size and modification time, or undefined when there is no file. Not `fileStamp`
 * (src/files/file-stamp.ts), which adds the change time and inode: linking a cached copy into
 * dist/ changes its change time, so neither the page's recorded stamp nor its cached copy's
 * would match, and every linked page would be read again.
 */
function stampOf(file: string): string | undefined {
  const stat = fs.statSync(file, { throwIfNoEntry: false });
  return stat?.isFile() ? `${stat.size}:${stat.mtimeMs}` : undefined;
}

/** The copy Pagefind reads of a page: only its indexed part (src/search/index-parts.ts), as a document. */
function copyOf(html: string): { copy: string; year: string; digest: string } {
  const indexed = indexedPart(html);
  const copy = `${indexed}\n</html>\n`;
  return { copy, year: searchYearOf(indexed), digest: crypto.createHash('sha1').update(copy).digest('hex') };
}

/**
 * How and where copies are made, as a small page's copy and place: when the code that makes
 * them changes, kept copies are made again (a page left unchanged would not be read again).
 */
const COPY_FORMAT = (() => {
  const file = path.join('tin-tuc', 'a', 'index.html');
  const page = '<html lang="vi"><meta data-pagefind-filter="year[content]" content="2025"><main data-pagefind-body><p data-pagefind-ignore>x</p>y</main></html>';
  return crypto
    .createHash('sha1')
    .update(`${copyPlace(file)}\n${copyOf(page).copy}`)
    .digest('hex');
})();

/**
 * Brings `dir` up to date with the pages of `site` that have a content region: one copy each,
 * at `<year>/<folder>/<page>.html`. A page is read only when its file changed since the last build (size and
 * time, kept in `dir/pages.json`: an incremental build leaves kept pages untouched), and its
 * copy written only when its indexed part changed. Returns the indexed pages.
 *
 * A build without an output folder (Netlify's, after every push) finds its pages linked from
 * Astro's page cache, `pageCache` (src/build/restore-output.ts), with the times of those copies,
 * which Astro wrote a moment after the pages: a page whose size and time are those its cached
 * copy had at the last build is that copy, unchanged, and is not read either.
 */
export function mirrorPages(site: string, dir: string, pageCache?: string): IndexedPage[] {
  const manifest = path.join(dir, 'pages.json');
  let previous: Record<string, Seen> = {};
  try {
    const kept = JSON.parse(fs.readFileSync(manifest, 'utf8')) as { format: string; pages: Record<string, Seen> };
    if (kept.format !== COPY_FORMAT) throw new Error('copies made another way');
    previous = kept.pages;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true }); // no record, or copies made by other code: start again
  }
  const next: Record<string, Seen> = {};
  const copyPath = (page: IndexedPage) => path.join(dir, page.year, copyPlace(page.file));
  // The folders already made (a few per year), not asked for again for each of thousands of copies.
  const made = new Set<string>();
  for (const folder of folders) {
    if (!fs.existsSync(path.join(site, folder))) continue;
    for (const name of fs.readdirSync(path.join(site, folder)).sort()) {
      const file = path.join(folder, name, 'index.html');
      const stamp = stampOf(path.join(site, file));
      if (!stamp) continue;
      const seen = previous[file];
      if (seen && (seen.stamp === stamp || seen.cached === stamp)) {
        next[file] = { ...seen, stamp };
        continue;
      }
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      const cached = pageCache ? stampOf(path.join(pageCache, file)) : undefined;
      if (!html.includes('data-pagefind-body')) {
        next[file] = { stamp, cached };
        continue;
      }
      const { copy, year, digest } = copyOf(html);
      const page = { file, year, digest };
      next[file] = { stamp, cached, page };
      if (seen?.page?.year === year && seen.page.digest === digest) continue;
      const target = copyPath(page);
      if (!made.has(path.dirname(target))) fs.mkdirSync(path.dirname(target), { recursive: true });
      made.add(path.dirname(target));
      fs.writeFileSync(target, copy);
    }
  }
  // A page gone, moved to another year or no longer indexed: its copy goes.
  for (const [file, seen] of Object.entries(previous)) {
    if (seen.page && next[file]?.page?.year !== seen.page.year) fs.rmSync(copyPath(seen.page), { force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(manifest, JSON.stringify({ format: COPY_FORMAT, pages: next }));
  return Object.values(next).flatMap((seen) => (seen.page ? [seen.page] : []));
}

/** `work` done for every item, at most `limit` at a time, in the items' order. */
async function eachAtMost<T>(limit: number, items: readonly T[], work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  // Every piece of work ends before a failure is reported (none is left running).
  const failed = (await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker))).find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
}

/** Whether two paths are links to one file. */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })];
  return !!x && !!y && x.ino === y.ino && x.dev === y.dev;
}

/** The same for every part: Vietnamese throughout (the index of a page Pagefind takes for another language would be split off). */
const PAGEFIND_OPTIONS = ['--force-language', 'vi', '--quiet'];

/**
 * How many word positions Pagefind puts in one file of its word index (its default is 20,000).
 * A query fetches, from every part, the file that holds each of its words: in Vietnamese most
 * syllables are common, so a default file is mostly other words' positions, fetched for nothing.
 * Files a quarter that size halve the first query of a large portal for a few kilobytes more
 * when the search page opens (figures in docs/search.md). Pagefind reads the setting from its
 * environment and names it unstable: were a later version to drop it, the index would still be
 * right, only heavier, and `npm run bench` would show it.
 */
const INDEX_CHUNK_POSITIONS = 5000;
const PAGEFIND_ENV = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_POSITIONS) };
/** The part of the index that holds the pages changed since their parts were made. */
export const RECENT = 'recent';

/**
 * The same for `recent`, whose few pages the first query would otherwise fetch a file of
 * 5,000 positions of for each word, mostly of other words: at 20,000 articles with 100 pages in
 * `recent`, the first query fetched 310.0 KB with 5,000, 302.1 KB with 1,000, 300.0 KB with 300.
 */
const RECENT_ENV = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: '300' };

/** One part of the index: the copies Pagefind reads of its pages (`glob`, under `input`), indexed together, written to `out`. */
async function indexPart(input: string, glob: string, name: string, out: string) {
  const args = [PAGEFIND_CLI, '--site', input, '--glob', glob, '--output-path', out, ...PAGEFIND_OPTIONS];
  const env = { ...process.env, ...(name === RECENT ? RECENT_ENV : PAGEFIND_ENV) };
  try {
    await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, env });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`Pagefind (${name}): ${`${stderr}\n${stdout}`.trim() || String(error)}`);
  }
  for (const file of fs.readdirSync(out)) if (UNUSED.test(file)) fs.rmSync(path.join(out, file));
}

/**
 * One page as Pagefind stored it, the JSON text of a fragment file. Pagefind's own format
 * (gzip'd, a signature, then JSON), decoded here only, for the build and for the tests.
 */
export function readFragment(file: string): string {
  return zlib
    .gunzipSync(fs.readFileSync(file))
    .toString('utf8')
    .replace(/^pagefind_dcd/, '');
}

/** The id Pagefind gave a page: the name of its fragment file without the ending. */
export function fragmentId(file: string): string {
  return file.replace(/\.pf_fragment$/, '');
}

/** The pages of an index made by Pagefind, by address: the id Pagefind gave each and its filter values. */
export function indexedCopies(index: string): Record<string, { id: string; filters: FilterValues }> {
  const folder = path.join(index, 'fragment');
  const copies: Record<string, { id: string; filters: FilterValues }> = {};
  for (const file of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    const { url, filters } = JSON.parse(readFragment(path.join(folder, file))) as { url: string; filters: FilterValues };
    copies[url] = { id: fragmentId(file), filters };
  }
  return copies;
}

/**
 * How many pages may have changed since their parts were made before the parts with the most
 * changes are made again (the default of `writeSearchIndex`'s `recentPages`). Until then the
 * changed pages are indexed in `recent`, a part of a few pages that Pagefind makes in under a
 * second, and their parts' older copies of them are listed in `parts.json` for the search page
 * to leave out (src/search/stale-copies.ts): editing or publishing one article no longer makes
 * again a part of thousands of pages. The list grows by an entry of about 125 bytes for each
 * edited or deleted page; the limit keeps it to about 12 KB.
 */
const RECENT_PAGES = 100;

/** Pagefind's version, the copies' format and Pagefind's options: an index made with others is made again. */
const SALT = crypto
  .createHash('sha256')
  .update(`${PAGEFIND_VERSION}\0${COPY_FORMAT}\0${PAGEFIND_OPTIONS.join(' ')}\0${JSON.stringify([PAGEFIND_ENV, RECENT_ENV])}`)
  .digest('hex')
  .slice(0, 32);

/**
 * What a part's index in the cache (`cache/<part>/<key>/`) was made from, kept beside it in
 * `cache/<part>/made.json`: each page's copy by its address in the index (`/<year>/<copy place>`)
 * and digest, and, once needed, the ids Pagefind gave them.
 */
interface MadeFrom {
  salt: string;
  key: string;
  pages: Record<string, string>;
  copies?: Record<string, { id: string; filters: FilterValues }>;
}

function readMadeFrom(folder: string): MadeFrom | undefined {
  try {
    const made = JSON.parse(fs.readFileSync(path.join(folder, 'made.json'), 'utf8')) as MadeFrom;
    return made.salt === SALT && fs.existsSync(path.join(folder, made.key, 'pagefind-entry.json')) ? made : undefined;
  } catch {
    return undefined;
  }
}

/** A page's address in the index: where its copy is under the copies' folder. */
const addressOf = (page: IndexedPage) => `/${page.year}/${copyPlace(page.file)}`;

/** The key of an index made of `pages` (address → digest): the name of its folder in the cache. */
function keyOf(pages: Record<string, string>): string {
  const hash = crypto.createHash('sha256').update(SALT);
  for (const address of Object.keys(pages).sort()) hash.update(`\0${address}\0${pages[address]}`);
  return hash.digest('hex').slice(0, 32);
}

/**
 * Writes `site/pagefind/`: one index per part, and `parts.json` listing them with the older
 * copies the search page leaves out. Parts are taken from the cache as they were made while at
 * most `recentPages` of their pages changed since, in all; those pages are indexed in `recent`.
 * Past that, the parts with the most changes are made again, `parallel` at a time. Returns how
 * many parts (`recent` included) and pages, how many parts were made, and how many pages are in
 * `recent`.
 */
export async function writeSearchIndex(
  site: string,
  {
    cache = portalCacheDir('search'),
    input = portalCacheDir('search-input'),
    pageCache = path.join(cacheDir(), INCREMENTAL_PAGES),
    partPages = PART_PAGES,
    recentPages = RECENT_PAGES,
    parallel = 1,
  }: { cache?: string; input?: string; pageCache?: string; partPages?: number; recentPages?: number; parallel?: number } = {},
): Promise<{ pages: number; parts: number; made: number; recent: number }> {
  const out = path.join(site, 'pagefind');
  // Pagefind reads copies of the pages that hold only their indexed part: a third of the
  // bytes, the same index.
  const pages = mirrorPages(site, input, pageCache);
  const byYear = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    if (!byYear.has(page.year)) byYear.set(page.year, []);
    byYear.get(page.year)!.push(page);
  }
  const parts = searchParts(new Map([...byYear].map(([year, list]) => [year, list.length])), partPages);
  const kept: { name: string; made: MadeFrom; stale: string[] }[] = [];
  const recent: Record<string, string> = {};
  const toMake: { name: string; glob: string; target: string; cached: string; made?: MadeFrom }[] = [];
  const plans = parts.map(({ name, years }) => {
    const current: Record<string, string> = {};
    for (const year of years) for (const page of byYear.get(year)!) current[addressOf(page)] = page.digest;
    const made = readMadeFrom(path.join(cache, name));
    const changed = made ? Object.keys(current).filter((address) => made.pages[address] !== current[address]) : [];
    const gone = made ? Object.keys(made.pages).filter((address) => !(address in current)) : [];
    return { name, years, current, made, changed, gone };
  });
  const remake = partsToRemake(new Map(plans.map(({ name, made, changed, gone }) => [name, made ? changed.length + gone.length : Infinity])), recentPages);
  for (const { name, years, current, made, changed, gone } of plans) {
    const stale = made ? [...changed.filter((address) => address in made.pages), ...gone] : [];
    // A part whose index lacks an older copy it was made from (a damaged cache) is made again.
    if (made && !remake.has(name) && stale.every((address) => address in copiesOf(path.join(cache, name), made))) {
      for (const address of changed) recent[address] = current[address]!;
      kept.push({ name, made, stale });
      continue;
    }
    const key = keyOf(current);
    const glob = `${years.length === 1 ? years[0] : `{${years.join(',')}}`}/**/*.html`;
    toMake.push({ name, glob, target: path.join(out, name), cached: path.join(cache, name, key), made: { salt: SALT, key, pages: current } });
  }
  if (Object.keys(recent).length) {
    const key = keyOf(recent);
    const cached = path.join(cache, RECENT, key);
    // The copies listed one by one (a glob of alternatives): a few pages out of thousands.
    const glob = `{${Object.keys(recent)
      .sort()
      .map((address) => address.slice(1))
      .join(',')}}`;
    if (fs.existsSync(path.join(cached, 'pagefind-entry.json'))) kept.push({ name: RECENT, made: { salt: SALT, key, pages: recent }, stale: [] });
    else toMake.push({ name: RECENT, glob, target: path.join(out, RECENT), cached });
  }
  const names = new Set([...parts.map((part) => part.name), ...(Object.keys(recent).length ? [RECENT] : [])]);
  // dist/ is kept between builds: what is not a part of this index goes.
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(out)) if (!names.has(name)) fs.rmSync(path.join(out, name), { recursive: true, force: true });
  for (const { name, made } of kept) {
    const cached = path.join(cache, name, made.key);
    const target = path.join(out, name);
    // Kept where it is when dist/ already holds this very index (the same file, linked from the cache).
    if (sameFile(path.join(cached, 'pagefind-entry.json'), path.join(target, 'pagefind-entry.json'))) continue;
    fs.rmSync(target, { recursive: true, force: true });
    // Linked, not copied: Pagefind writes a new index as new files, so a cached one never changes.
    linkFiles(cached, target);
  }
  // Older indexes of remade parts, moved aside and removed once Pagefind is done: removing
  // thousands of files just before or while Pagefind writes its own slowed it by a third.
  const superseded: string[] = [];
  for (const { name, target } of toMake) {
    fs.rmSync(target, { recursive: true, force: true });
    // Only the newest index of each part is kept.
    if (fs.existsSync(path.join(cache, name))) {
      superseded.push(path.join(cache, `.superseded-${name}`));
      fs.rmSync(superseded.at(-1)!, { recursive: true, force: true });
      fs.renameSync(path.join(cache, name), superseded.at(-1)!);
    }
  }
  try {
    await eachAtMost(parallel, toMake, async ({ name, glob, target, cached, made }) => {
      await indexPart(input, glob, name, target);
      linkFiles(target, cached);
      if (made) fs.writeFileSync(path.join(cache, name, 'made.json'), JSON.stringify(made));
    });
  } finally {
    for (const folder of superseded) fs.rmSync(folder, { recursive: true, force: true });
  }
  // Parts no page is in any more.
  if (fs.existsSync(cache)) for (const name of fs.readdirSync(cache)) if (!names.has(name)) fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  fs.writeFileSync(path.join(out, 'parts.json'), `${JSON.stringify({ parts: [...names], stale: staleCopies(kept, path.join(out, RECENT)) })}\n`);
  return { pages: pages.length, parts: names.size, made: toMake.length, recent: Object.keys(recent).length };
}

/**
 * The older copies, in kept parts, of the pages changed since those parts were made: their ids
 * and filter values (`copiesOf`), each marked a twin when Pagefind gave the page's copy in
 * `recent` the same id.
 */
function staleCopies(kept: { name: string; made: MadeFrom; stale: string[] }[], recentIndex: string): StaleCopy[] {
  const recentIds = new Set(Object.values(fs.existsSync(recentIndex) ? indexedCopies(recentIndex) : {}).map((copy) => copy.id));
  return kept.flatMap(({ name, made, stale }) =>
    stale.sort().map((address) => {
      const { id, filters } = made.copies![address]!;
      return { id, filters: { ...filters, part: [name] }, ...(recentIds.has(id) ? { twin: true as const } : {}) };
    }),
  );
}

/**
 * The pages of a part's index in the cache (`folder`), with the ids Pagefind gave them, read
 * from its fragments the first time they are needed and kept in `made.json` (an index never
 * changes).
 */
function copiesOf(folder: string, made: MadeFrom): NonNullable<MadeFrom['copies']> {
  if (!made.copies) {
    made.copies = indexedCopies(path.join(folder, made.key));
    fs.writeFileSync(path.join(folder, 'made.json'), JSON.stringify(made));
  }
  return made.copies;
}

/** Makes the index of `site` and says so, in Astro's manner (`npm run bench` reads the time). */
async function indexSite(site: string, alone: boolean, log: (message: string) => void) {
  const started = performance.now();
  const { pages, parts, made, recent } = await writeSearchIndex(site, { parallel: concurrency(alone) });
  const counts = `${parts} parts, ${pages} pages${recent ? `, ${recent} of them changed since their parts were made` : ''}`;
  const what = made === 0 ? `reused the search index of the last build (${counts})` : `indexed ${made} of ${parts} parts (${counts})`;
  log(`${what} in ${Math.round(performance.now() - started)} ms`);
}

export function pagefindIndex(after = setting('searchAfter')): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (!after) return indexSite(site, false, (message) => logger.info(message));
        // The folder is there for the steps after this one (security headers list dist/'s folders).
        fs.mkdirSync(path.join(site, 'pagefind'), { recursive: true });
        fs.writeFileSync(after, site);
        logger.info('the search index is made once Astro has exited');
      },
    },
  };
}

/** `npm run build`'s last step: the index of the site whose path Astro's build left in `after`. */
export async function afterAstro(after: string) {
  const time = () => new Date().toTimeString().slice(0, 8);
  await indexSite(fs.readFileSync(after, 'utf8'), true, (message) => console.log(`${time()} [portal-pagefind] ${message}`));
}
