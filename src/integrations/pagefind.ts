/**
 * Builds the Pagefind search index from the pages Astro has just written,
 * as the last step of every `astro build`. Only regions marked
 * `data-pagefind-body` (articles, notices and documents) are indexed.
 *
 * The index is made in parts, one per year of the pages' dates
 * (`/pagefind/<year>/`, listed newest first in `/pagefind/parts.json`); the
 * search page loads the newest and merges the others into it
 * (src/scripts/search-page.ts). Pagefind cannot update an index, and one
 * index of a large portal takes most of a minute and gigabytes of memory to
 * write; a part takes seconds and a few hundred megabytes. A build makes
 * again only the parts in which some page's indexed part changed, two at a
 * time, and takes the others from the cache directory.
 *
 * Pagefind reads copies of the pages that hold only their indexed part
 * (src/lib/search-index.ts), kept in the cache directory too.
 */
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { AstroIntegration } from 'astro';
import { portalCacheDir } from '../lib/cache-dir.ts';
import { indexedPart, searchPartOf } from '../lib/search-index.ts';
import { paths } from '../lib/site.ts';

/**
 * The folders of the only pages with a `data-pagefind-body` region
 * (ArticleView, NoticeView, DocumentView). Lists, tags and archives, a third
 * of a large portal's pages, are not even read.
 */
const folders = [paths.article('x'), paths.notice('x'), paths.document('x')].map((url) => url.split('/')[1]!);

const PAGEFIND = path.join(process.cwd(), 'node_modules/pagefind');
const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(path.join(PAGEFIND, 'package.json'), 'utf8')) as { version: string }).version;

/** Pagefind's own user interfaces, which this portal's search page does not use: not published. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\./;

/** A page Pagefind indexes: its path in the site, its part of the index, and its copy's digest. */
export interface IndexedPage {
  file: string;
  part: string;
  digest: string;
}

/** What the last build recorded of a page in the folders Pagefind reads: its file's size and time, and, when indexed, its part and digest. */
interface Seen {
  stamp: string;
  page?: IndexedPage;
}

/** The copy Pagefind reads of a page: only its indexed part (src/lib/search-index.ts), as a document. */
export function copyOf(html: string): { copy: string; part: string; digest: string } {
  const indexed = indexedPart(html);
  const copy = `${indexed}\n</html>\n`;
  return { copy, part: searchPartOf(indexed), digest: crypto.createHash('sha1').update(copy).digest('hex') };
}

/**
 * Brings `dir` up to date with the pages of `site` that have a content region: one copy each,
 * at `<part>/<file>`. A page is read only when its file changed since the last build (size and
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
  const copyPath = (page: IndexedPage) => path.join(dir, page.part, page.file);
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
      const { copy, part, digest } = copyOf(html);
      const page = { file, part, digest };
      next[file] = { stamp, page };
      if (seen?.page?.part === part && seen.page.digest === digest) continue;
      fs.mkdirSync(path.dirname(copyPath(page)), { recursive: true });
      fs.writeFileSync(copyPath(page), copy);
    }
  }
  // A page gone, moved to another part or no longer indexed: its copy's folder (which holds only that copy) goes.
  for (const [file, seen] of Object.entries(previous)) {
    if (seen.page && next[file]?.page?.part !== seen.page.part) fs.rmSync(path.dirname(copyPath(seen.page)), { recursive: true, force: true });
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

/** Pagefind's command line on one part's copies, writing its bundle to `out`. */
async function indexPart(input: string, out: string) {
  const run = promisify(execFile);
  await run(process.execPath, [path.join(PAGEFIND, 'lib/runner/bin.cjs'), '--site', input, '--output-path', out, '--force-language', 'vi', '--silent'], { maxBuffer: 64 << 20 }).catch(
    (error: { stderr?: string; message: string }) => {
      throw new Error(`Pagefind could not index ${input}: ${error.stderr || error.message}`);
    },
  );
  if (!fs.existsSync(path.join(out, 'pagefind-entry.json'))) throw new Error(`Pagefind wrote no index for ${input}`);
  for (const file of fs.readdirSync(out)) if (UNUSED.test(file)) fs.rmSync(path.join(out, file));
}

/** Runs `jobs` with at most `limit` at once. */
async function inParallel(jobs: (() => Promise<void>)[], limit: number) {
  const queue = [...jobs];
  await Promise.all(Array.from({ length: Math.min(limit, queue.length) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await job();
  }));
}

/** The order parts are listed in: years newest first, anything else after. */
const newestFirst = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });

/**
 * Writes `site/pagefind/`: one index per part, each made again only when one of its pages'
 * indexed part changed, and `parts.json` listing them. Returns how many parts and pages, and
 * how many parts were made.
 */
export async function writeSearchIndex(
  site: string,
  cache = portalCacheDir('search'),
  input = portalCacheDir('search-input'),
): Promise<{ pages: number; parts: number; made: number }> {
  const out = path.join(site, 'pagefind');
  // Pagefind reads copies of the pages that hold only their indexed part: a third of the
  // bytes, the same index.
  const pages = mirrorPages(site, input);
  const parts = new Map<string, IndexedPage[]>();
  for (const page of pages) {
    if (!parts.has(page.part)) parts.set(page.part, []);
    parts.get(page.part)!.push(page);
  }
  const names = [...parts.keys()].sort(newestFirst);
  // dist/ is kept between builds: what is not a part of this index goes.
  fs.mkdirSync(out, { recursive: true });
  for (const name of fs.readdirSync(out)) if (!parts.has(name)) fs.rmSync(path.join(out, name), { recursive: true, force: true });
  const jobs: (() => Promise<void>)[] = [];
  for (const name of names) {
    // Each page's path and digest go into the hash that tells whether the part's last index can be reused.
    const hash = crypto.createHash('sha256').update(PAGEFIND_VERSION);
    for (const { file, digest } of parts.get(name)!) hash.update(`\0${file}\0${digest}`);
    const cached = path.join(cache, name, hash.digest('hex').slice(0, 32));
    const target = path.join(out, name);
    if (fs.existsSync(cached)) {
      // Kept where it is when dist/ already holds this very index (the same file, linked from the cache).
      if (sameFile(path.join(cached, 'pagefind-entry.json'), path.join(target, 'pagefind-entry.json'))) continue;
      fs.rmSync(target, { recursive: true, force: true });
      linkTree(cached, target);
      continue;
    }
    jobs.push(async () => {
      fs.rmSync(target, { recursive: true, force: true });
      await indexPart(path.join(input, name), target);
      // Only the newest index of each part is kept.
      fs.rmSync(path.join(cache, name), { recursive: true, force: true });
      linkTree(target, cached);
    });
  }
  // Two parts at a time fill two cores; each takes a few hundred MB.
  await inParallel(jobs, Math.max(1, Math.min(2, os.availableParallelism())));
  // Parts of years no page has any more.
  if (fs.existsSync(cache)) for (const name of fs.readdirSync(cache)) if (!parts.has(name)) fs.rmSync(path.join(cache, name), { recursive: true, force: true });
  fs.writeFileSync(path.join(out, 'parts.json'), `${JSON.stringify({ parts: names })}\n`);
  return { pages: pages.length, parts: names.length, made: jobs.length };
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
