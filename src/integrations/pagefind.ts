/**
 * Builds the Pagefind search index from the pages Astro has just written,
 * as the last step of every `astro build`. Only regions marked
 * `data-pagefind-body` (articles, notices and documents) are indexed.
 *
 * The index is made in parts of whole years (`searchParts` in
 * src/lib/search-index.ts: `/pagefind/<years>/`, listed newest first in
 * `/pagefind/parts.json`); the search page loads the newest and merges the
 * others into it (src/scripts/search-page.ts). Pagefind cannot update an
 * index, and one index of a large portal takes most of a minute and
 * gigabytes of memory to write; a part takes seconds and well under a
 * gigabyte. A build makes again only the parts in which some page's indexed
 * part changed, and takes the others from the cache directory.
 *
 * Pagefind reads copies of the pages that hold only their indexed part
 * (src/lib/search-index.ts), kept in the cache directory too, one folder per year.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { portalCacheDir } from '../lib/cache-dir.ts';
import { indexedPart, searchParts, searchYearOf } from '../lib/search-index.ts';
import { paths } from '../lib/site.ts';

/**
 * The folders of the only pages with a `data-pagefind-body` region
 * (ArticleView, NoticeView, DocumentView). Lists, tags and archives, a third
 * of a large portal's pages, are not even read.
 */
const folders = [paths.article('x'), paths.notice('x'), paths.document('x')].map((url) => url.split('/')[1]!);

const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

/**
 * The fewest pages a part of the index holds (but the newest). Pagefind's time and memory grow
 * faster than a part's pages, and a reader's query fetches from every part: at 20,000 articles
 * this makes 5 parts of about 4,000 pages, each written in about 10 s, and a first query of
 * 463 KB (one part per year: 852 KB; one index: 266 KB but 3.4 GB to write). README, Scale.
 * `PORTAL_SEARCH_PART_PAGES` changes it (the tests make small parts, to have several).
 */
const PART_PAGES = Number(process.env.PORTAL_SEARCH_PART_PAGES) || 3000;

/** Pagefind's own user interfaces, which this portal's search page does not use: not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** A page Pagefind indexes: its path in the site, the year it is filed under, and its copy's digest. */
export interface IndexedPage {
  file: string;
  year: string;
  digest: string;
}

/** What the last build recorded of a page in the folders Pagefind reads: its file's size and time, and, when indexed, its year and digest. */
interface Seen {
  stamp: string;
  page?: IndexedPage;
}

/** The copy Pagefind reads of a page: only its indexed part (src/lib/search-index.ts), as a document. */
function copyOf(html: string): { copy: string; year: string; digest: string } {
  const indexed = indexedPart(html);
  const copy = `${indexed}\n</html>\n`;
  return { copy, year: searchYearOf(indexed), digest: crypto.createHash('sha1').update(copy).digest('hex') };
}

/**
 * Brings `dir` up to date with the pages of `site` that have a content region: one copy each,
 * at `<year>/<file>`. A page is read only when its file changed since the last build (size and
 * time, kept in `dir/pages.json`: an incremental build leaves kept pages untouched), and its
 * copy written only when its indexed part changed. Returns the indexed pages.
 */
export function mirrorPages(site: string, dir: string): IndexedPage[] {
  const manifest = path.join(dir, 'pages.json');
  let previous: Record<string, Seen> = {};
  try {
    previous = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, Seen>;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true }); // no record: start again
  }
  const next: Record<string, Seen> = {};
  const copyPath = (page: IndexedPage) => path.join(dir, page.year, page.file);
  for (const folder of folders) {
    if (!fs.existsSync(path.join(site, folder))) continue;
    for (const name of fs.readdirSync(path.join(site, folder)).sort()) {
      const file = path.join(folder, name, 'index.html');
      const stat = fs.statSync(path.join(site, file), { throwIfNoEntry: false });
      if (!stat?.isFile()) continue;
      const stamp = `${stat.size}:${stat.mtimeMs}`;
      const seen = previous[file];
      if (seen?.stamp === stamp) {
        next[file] = seen;
        continue;
      }
      const html = fs.readFileSync(path.join(site, file), 'utf8');
      if (!html.includes('data-pagefind-body')) {
        next[file] = { stamp };
        continue;
      }
      const { copy, year, digest } = copyOf(html);
      const page = { file, year, digest };
      next[file] = { stamp, page };
      if (seen?.page?.year === year && seen.page.digest === digest) continue;
      fs.mkdirSync(path.dirname(copyPath(page)), { recursive: true });
      fs.writeFileSync(copyPath(page), copy);
    }
  }
  // A page gone, moved to another year or no longer indexed: its copy's folder (which holds only that copy) goes.
  for (const [file, seen] of Object.entries(previous)) {
    if (seen.page && next[file]?.page?.year !== seen.page.year) fs.rmSync(path.dirname(copyPath(seen.page)), { recursive: true, force: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(manifest, JSON.stringify(next));
  return Object.values(next).flatMap((seen) => (seen.page ? [seen.page] : []));
}

/**
 * `from` copied to `to` as hard links: thousands of small files per part, where
 * copying the bytes took seconds. Safe because a new index is always written as new files.
 */
function linkTree(from: string, to: string) {
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    if (entry.isDirectory()) fs.mkdirSync(target, { recursive: true });
    else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.linkSync(source, target);
    }
  }
}

/** Whether two paths are links to one file. */
function sameFile(a: string, b: string): boolean {
  const [x, y] = [fs.statSync(a, { throwIfNoEntry: false }), fs.statSync(b, { throwIfNoEntry: false })];
  return !!x && !!y && x.ino === y.ino && x.dev === y.dev;
}

/** One part of the index: the copies of its years' pages, indexed together, written to `out`. */
async function indexPart(input: string, years: string[], out: string) {
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  for (const year of years) {
    const added = await index.addDirectory({ path: path.join(input, year), glob: '**/*.html' });
    if (added.errors.length) throw new Error(`Pagefind (${year}): ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  for (const file of fs.readdirSync(out)) if (UNUSED.test(file)) fs.rmSync(path.join(out, file));
}

/**
 * Writes `site/pagefind/`: one index per part, each made again only when one of its pages'
 * indexed part changed, and `parts.json` listing them. Returns how many parts and pages, and
 * how many parts were made.
 */
export async function writeSearchIndex(
  site: string,
  cache = portalCacheDir('search'),
  input = portalCacheDir('search-input'),
  partPages = PART_PAGES,
): Promise<{ pages: number; parts: number; made: number }> {
  const out = path.join(site, 'pagefind');
  // Pagefind reads copies of the pages that hold only their indexed part: a third of the
  // bytes, the same index.
  const pages = mirrorPages(site, input);
  const byYear = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    if (!byYear.has(page.year)) byYear.set(page.year, []);
    byYear.get(page.year)!.push(page);
  }
  const parts = searchParts(new Map([...byYear].map(([year, list]) => [year, list.length])), partPages);
  const names = new Set(parts.map((part) => part.name));
  // dist/ is kept between builds: what is not a part of this index goes.
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(out)) if (!names.has(name)) fs.rmSync(path.join(out, name), { recursive: true, force: true });
  let made = 0;
  try {
    for (const { name, years } of parts) {
      // Each page's path and digest go into the hash that tells whether the part's last index can be reused.
      const hash = crypto.createHash('sha256').update(PAGEFIND_VERSION);
      for (const year of years) for (const { file, digest } of byYear.get(year)!) hash.update(`\0${file}\0${digest}`);
      const cached = path.join(cache, name, hash.digest('hex').slice(0, 32));
      const target = path.join(out, name);
      // Kept where it is when dist/ already holds this very index (the same file, linked from the cache).
      if (sameFile(path.join(cached, 'pagefind-entry.json'), path.join(target, 'pagefind-entry.json'))) continue;
      fs.rmSync(target, { recursive: true, force: true });
      if (!fs.existsSync(cached)) {
        // Only the newest index of each part is kept: the older one goes while Pagefind works.
        const removed = fs.promises.rm(path.join(cache, name), { recursive: true, force: true });
        // One part at a time: Pagefind's service works on one message at a time.
        await indexPart(input, years, target);
        made++;
        await removed;
        linkTree(target, cached);
      } else linkTree(cached, target);
    }
  } finally {
    if (made > 0) await close();
  }
  // Parts no page is in any more.
  if (fs.existsSync(cache)) for (const name of fs.readdirSync(cache)) if (!names.has(name)) fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  fs.writeFileSync(path.join(out, 'parts.json'), `${JSON.stringify({ parts: [...names] })}\n`);
  return { pages: pages.length, parts: parts.length, made };
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, parts, made } = await writeSearchIndex(fileURLToPath(dir));
        const what = made === 0 ? `reused the search index of the last build (${parts} parts, ${pages} pages)` : `indexed ${made} of ${parts} parts (${pages} pages)`;
        logger.info(`${what} in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
