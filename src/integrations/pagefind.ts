/**
 * Builds the Pagefind search index from the pages Astro has just written,
 * as the last step of every `astro build`. Only regions marked
 * `data-pagefind-body` (articles, notices and documents) are indexed.
 *
 * Pagefind reads copies of those pages that hold only their indexed part
 * (src/lib/search-index.ts), kept in the cache directory. It cannot update
 * an index, so when no page's indexed part changed (a change of menu,
 * footer, layout or "related" lists) the last index is taken from the cache
 * directory instead.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { createIndex, close } from 'pagefind';
import { portalCacheDir } from '../lib/cache-dir.ts';
import { indexedPart } from '../lib/search-index.ts';
import { paths } from '../lib/site.ts';

/**
 * The folders of the only pages with a `data-pagefind-body` region
 * (ArticleView, NoticeView, DocumentView). Lists, tags and archives, a third
 * of a large portal's pages, are not even read.
 */
const folders = [paths.article('x'), paths.notice('x'), paths.document('x')].map((url) => url.split('/')[1]!);

const PAGEFIND_VERSION = (JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

/** A page Pagefind indexes: its path in the site, the copy of it Pagefind reads, and that copy's digest. */
export interface IndexedPage {
  file: string;
  copy: string;
  digest: string;
}

/** The copy Pagefind reads of a page: only its indexed part (src/lib/search-index.ts), as a document. */
export function indexedPage(file: string, part: string): IndexedPage {
  const copy = `${part}\n</html>\n`;
  return { file, copy, digest: crypto.createHash('sha1').update(copy).digest('hex') };
}

/** Every page with a content region. */
function* indexedPages(site: string): Generator<IndexedPage> {
  for (const folder of folders) {
    if (!fs.existsSync(path.join(site, folder))) continue;
    for (const name of fs.readdirSync(path.join(site, folder)).sort()) {
      const page = path.join(site, folder, name, 'index.html');
      if (!fs.existsSync(page)) continue;
      const html = fs.readFileSync(page, 'utf8');
      if (html.includes('data-pagefind-body')) yield indexedPage(path.join(folder, name, 'index.html'), indexedPart(html));
    }
  }
}

/**
 * `from` copied to `to` as hard links: tens of thousands of small files at 20,000 articles, where
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

/** Pages in a written index: one fragment file each (none, and no folder, for a site without indexed pages). */
const fragments = (index: string) => (fs.existsSync(path.join(index, 'fragment')) ? fs.readdirSync(path.join(index, 'fragment')).length : 0);

/** Writes `site/pagefind/`, or links the last index when nothing it reads changed. Returns whether it was reused. */
export async function writeSearchIndex(site: string, cache = portalCacheDir('search'), input = portalCacheDir('search-input')): Promise<{ pages: number; reused: boolean }> {
  const out = path.join(site, 'pagefind');
  // Each page's path and digest go into the hash that tells whether the last index can be reused.
  const hash = crypto.createHash('sha256').update(PAGEFIND_VERSION);
  const pages = [...indexedPages(site)];
  for (const { file, digest } of pages) hash.update(`\0${file}\0${digest}`);
  const cached = path.join(cache, hash.digest('hex').slice(0, 32));
  // Written afresh: Pagefind leaves files of the same name alone, and dist/ is kept between builds.
  fs.rmSync(out, { recursive: true, force: true });
  if (fs.existsSync(cached)) {
    linkTree(cached, out);
    return { pages: fragments(out), reused: true };
  }
  // Pagefind reads copies of the pages that hold only that part: a third of the bytes, the same
  // index, and 8 s instead of 20 s of reading at 20,000 articles. The copies stay in the cache
  // directory; a build rewrites only those whose part changed.
  mirrorParts(pages, input);
  const { index, errors } = await createIndex({ forceLanguage: 'vi' });
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: input, glob: '**/*.html' });
  if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await close();
  // Only the newest index is kept.
  fs.rmSync(cache, { recursive: true, force: true });
  linkTree(out, cached);
  return { pages: fragments(out), reused: false };
}

/**
 * Makes `dir` hold exactly one copy per page, writing only what changed since the last build:
 * `parts.json` there keeps each copy's digest.
 */
export function mirrorParts(pages: IndexedPage[], dir: string) {
  const manifest = path.join(dir, 'parts.json');
  let previous: Record<string, string> = {};
  try {
    previous = JSON.parse(fs.readFileSync(manifest, 'utf8')) as Record<string, string>;
  } catch {
    fs.rmSync(dir, { recursive: true, force: true }); // no manifest: start again
  }
  const next: Record<string, string> = {};
  for (const { file, copy, digest } of pages) {
    next[file] = digest;
    if (previous[file] === digest) continue;
    fs.mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), copy);
  }
  // A page gone: its folder (which holds only its copy) goes with it.
  for (const file of Object.keys(previous)) {
    if (!(file in next)) fs.rmSync(path.join(dir, path.dirname(file)), { recursive: true, force: true });
  }
  fs.writeFileSync(manifest, JSON.stringify(next));
}

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'portal-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, reused } = await writeSearchIndex(fileURLToPath(dir));
        logger.info(`${reused ? 'reused the search index of the last build, unchanged' : 'indexed'} (${pages} pages) in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
