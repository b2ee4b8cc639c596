/**
 * Hard links instead of copies, for the build's large trees of small files
 * that never change once written: the pages of Astro's incremental cache
 * (src/build/restore-output.ts) and the parts of the search index
 * (src/search/pagefind.ts). Copying their bytes took seconds.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Links every file under `from` to the same place under `to`, making folders as needed. Returns how many. */
export function linkFiles(from: string, to: string): number {
  let linked = 0;
  const made = new Set<string>();
  for (const entry of fs.readdirSync(from, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const source = path.join(entry.parentPath, entry.name);
    const target = path.join(to, path.relative(from, source));
    const folder = path.dirname(target);
    if (!made.has(folder)) fs.mkdirSync(folder, { recursive: true });
    made.add(folder);
    fs.linkSync(source, target);
    linked++;
  }
  return linked;
}
