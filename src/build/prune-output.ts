/**
 * Keeps dist/ between builds and removes only what the build no longer
 * publishes.
 *
 * With the incremental build, a page whose cache key is unchanged is left
 * where it is. But Astro empties the output folder first by default, then
 * copies every such page back from its cache: at 20,000 articles that is
 * 52,000 files deleted (17 s) and 31,000 copied back. So the folder is not
 * emptied (`vite.build.emptyOutDir: false` in astro.config.mjs) and, as the
 * last step of the build, this removes every file that this build neither
 * wrote nor kept: a deleted article's page, old hashed assets, an old
 * search index. A file stays when it was written during this build (its
 * modification time) or is the page of a path Astro built or kept. It runs
 * before the search index is made (astro.config.mjs lists it first), so a
 * deleted page is not indexed.
 * `tests/portal/incremental.test.ts` compares the result with a clean build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * The files of `dir` (relative paths) that are neither in `keep` nor modified at or after
 * `since` (ms). Top-level folders named in `skip` are not looked into.
 */
export function staleFiles(dir: string, keep: ReadonlySet<string>, since: number, skip: ReadonlySet<string> = new Set()): string[] {
  const stale: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const relative = prefix + entry.name;
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skip.has(relative)) walk(file, `${relative}/`);
      } else if (entry.isFile() && !keep.has(relative) && fs.statSync(file).mtimeMs < since) stale.push(relative);
    }
  };
  walk(dir, '');
  return stale;
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
  return {
    name: 'portal-prune-output',
    hooks: {
      'astro:build:start': () => {
        started = Date.now();
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        // Pages are written as <path>/index.html (build.format: 'directory').
        const keep = new Set(pages.map(({ pathname }) => `${pathname}${pathname === '' || pathname.endsWith('/') ? '' : '/'}index.html`));
        // Written afresh by the steps after this one (search index, security headers).
        const stale = staleFiles(out, keep, started, new Set(['pagefind'])).filter((file) => file !== '_headers' && file !== '_redirects');
        for (const file of stale) fs.rmSync(path.join(out, file));
        removeEmptyFolders(out, stale);
        if (stale.length) logger.info(`removed ${stale.length} file(s) this build no longer publishes: ${stale.slice(0, 5).join(', ')}${stale.length > 5 ? '…' : ''}`);
      },
    },
  };
}
