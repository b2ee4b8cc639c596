/**
 * Hard links instead of copies, for the build's large trees of small files
 * that never change once written: the pages of Astro's incremental cache
 * (src/build/restore-output.ts) and the parts of the search index
 * (src/search/pagefind.ts). Copying their bytes took seconds.
 */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Links every file under `from` to the same place under `to`, making folders as needed, or only
 * `files` (paths relative to `from`) when the caller knows them: listing a tree of one folder
 * per file costs more than linking it. A listed file that is not there is skipped. Returns how
 * many were linked.
 */
export function linkFiles(from: string, to: string, files?: Iterable<string>): number {
  let linked = 0;
  const made = new Set<string>();
  const link = (relative: string) => {
    const target = path.join(to, relative);
    const folder = path.dirname(target);
    if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true });
    made.add(folder);
    fs.linkSync(path.join(from, relative), target);
    linked++;
  };
  if (files) {
    for (const file of files) {
      try {
        link(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || fs.existsSync(path.join(from, file))) throw error;
      }
    }
    return linked;
  }
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) link(path.relative(from, path.join(entry.parentPath, entry.name)));
  }
  return linked;
}
