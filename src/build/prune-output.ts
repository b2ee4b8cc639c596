/**
 * Keeps dist/ between builds and removes only what the build no longer
 * publishes.
 *
 * With the incremental build, a page whose cache key is unchanged is left
 * where it is. But Astro empties the output folder first by default, then
 * copies every such page back from its cache: tens of thousands of files
 * deleted and copied back on a large archive. So the folder is not
 * emptied (`vite.build.emptyOutDir: false` in astro.config.mjs) and, as the
 * last step of the build, this removes every file that this build neither
 * wrote nor kept: a deleted article's page, old hashed assets, an old
 * search index. It runs before the search index is made (astro.config.mjs
 * lists it first), so a deleted page is not indexed.
 *
 * A file stays when
 * - it is an output of a route, rendered or kept (Astro's `assets` of
 *   astro:build:done lists both), or a file of public/ (Vite copies those);
 * - or it changed during this build, by its change time (ctime), read
 *   against a file written at the start, on the file system's own clock.
 *   Not the modification time: since Astro 7.4 the copies Astro makes (an
 *   image variant from its cache, a public file) carry their source's old
 *   modification time, and a rule by mtime deleted every photo variant.
 *   Every write, copy or time reset changes the ctime.
 * A page file that was in Astro's page cache at the start is a route
 * output, so it stays only when Astro lists it: the hard links of
 * restore-output.ts share their inode with the cache's copy, and Astro
 * pruning that copy changes the shared ctime.
 * tests/portal/incremental.test.ts compares the result with a clean build
 * and checks every link and public file of the result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { INCREMENTAL_PAGES, recordedPageFiles } from './restore-output.ts';

export interface StaleRules {
  /** Files that stay whatever their times (relative paths). */
  keep: ReadonlySet<string>;
  /** Files changed at or after this change time (ms) stay. */
  since: number;
  /** Files that go unless kept, whatever their times: the route outputs the build did not list. */
  routeOutputs?: ReadonlySet<string>;
  /** Top-level folders not looked into. */
  skip?: ReadonlySet<string>;
}

/** The files of `dir` (relative paths, forward slashes) that the build no longer publishes. */
export function staleFiles(dir: string, { keep, since, routeOutputs = new Set(), skip = new Set() }: StaleRules): string[] {
  const stale: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(relative)) walk(file, `${relative}/`);
      } else if (entry.isFile() && !keep.has(relative) && (routeOutputs.has(relative) || fs.statSync(file).ctimeMs < since)) stale.push(relative);
    }
  };
  walk(dir, '');
  return stale;
}

/** Every file under `dir` (relative paths, forward slashes); none when it does not exist. */
export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The file system's clock now: the change time of a file written and removed in `dir`. */
export function fileSystemNow(dir: string): number {
  fs.mkdirSync(dir, { recursive: true });
  const marker = path.join(dir, `.portal-build-start-${process.pid}`);
  fs.writeFileSync(marker, '');
  try {
    return fs.statSync(marker).ctimeMs;
  } finally {
    fs.rmSync(marker, { force: true });
  }
}

/** Removes the folders of the removed `files` (relative to `dir`) that are left empty, deepest first. */
function removeEmptyFolders(dir: string, files: readonly string[]) {
  const folders = new Set<string>();
  for (const file of files) for (let folder = path.posix.dirname(file); folder !== '.'; folder = path.posix.dirname(folder)) folders.add(folder);
  // A folder's path is longer than its parent's: longest first empties children before parents.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const full = path.join(dir, folder);
    if (fs.existsSync(full) && fs.readdirSync(full).length === 0) fs.rmdirSync(full);
  }
}

export function pruneOutput(): AstroIntegration {
  let started = 0;
  let cacheDir = '';
  let publicDir = '';
  let outDir = '';
  let cachedPages = new Set<string>();
  return {
    name: 'portal-prune-output',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = fileURLToPath(config.cacheDir);
        publicDir = fileURLToPath(config.publicDir);
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': () => {
        // Astro's manifest names them; listing the folder (one folder per page) took 1.6 s at 20,000 articles.
        cachedPages = recordedPageFiles(cacheDir) ?? new Set(filesUnder(path.join(cacheDir, INCREMENTAL_PAGES)));
        started = fileSystemNow(outDir);
      },
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const keep = new Set(
          [...assets.values()]
            .flat()
            .map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/'))
            .concat(filesUnder(publicDir)),
        );
        // The search index and the Netlify files are written afresh by the steps after this one.
        const stale = staleFiles(out, { keep, since: started, routeOutputs: cachedPages, skip: new Set(['pagefind']) }).filter(
          (file) => file !== '_headers' && file !== '_redirects',
        );
        for (const file of stale) fs.rmSync(path.join(out, file));
        removeEmptyFolders(out, stale);
        if (stale.length) logger.info(`removed ${stale.length} file(s) this build no longer publishes: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? '…' : ''}`);
      },
    },
  };
}
