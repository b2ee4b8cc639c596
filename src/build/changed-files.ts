/**
 * Astro's glob loader, given only the Markdown files that changed since the
 * last build.
 *
 * On every build the glob loader reads every file and parses its front
 * matter before it compares the file's digest with the stored entry's: at
 * 20,000 articles that is most of a rebuild's content sync. This loader
 * looks first. A file is kept as stored, without the glob loader seeing it,
 * when the store holds an entry with its id made from this very file, and
 * - its size, times and inode are those recorded at the last build (it is
 *   not even read), or
 * - its text has the stored digest (read and hashed with Astro's own digest;
 *   after a git clone every file has new times, and is read once).
 * The glob loader then gets the other files: new, edited, or with no entry.
 * Kept entries are hidden from it, since it deletes every stored entry it
 * did not see; entries of deleted files are not kept, so it deletes them.
 * A kept entry's images are registered again, as the glob loader does for an
 * entry it finds unchanged.
 *
 * Under `astro dev` the glob loader sees every file, as before: it also
 * watches them.
 * `tests/portal/incremental.test.ts` checks that a rebuild publishes what a
 * clean build publishes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { portalCacheDir } from '../config/cache-dir.ts';
import { fileStamp } from '../files/file-stamp.ts';
import { markdownFiles } from '../files/markdown-files.ts';

export interface ChangedFilesOptions {
  /** The collection's folder. */
  base: string;
  /** An entry's id from its path inside `base` (what the glob loader's generateId gives). */
  idOf: (entry: string) => string;
  /** The glob loader for a pattern (a list of files) inside `base`. */
  glob: (pattern: string | string[]) => Loader;
}

const ALL = '**/*.md';

interface AssetImports {
  addAssetImports(assets: string[], filePath: string): void;
}

/** Characters that make a file name a glob pattern other than itself. */
const GLOB_SYNTAX = /[\\()[\]{}*?!+@|]/;

function readStamps(file: string): Record<string, string> {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>;
  } catch {
    return {};
  }
}

export function onlyChangedFiles({ base, idOf, glob }: ChangedFilesOptions): Loader {
  return {
    name: 'portal-changed-files',
    async load(context) {
      const { store, collection, config, generateDigest, logger } = context;
      if (context.watcher) return glob(ALL).load(context);

      const stampsFile = path.join(portalCacheDir('content-stamps'), `${collection}.json`);
      const before = readStamps(stampsFile);
      const root = fileURLToPath(config.root);
      const { published: files, links } = markdownFiles(base);
      const stamps: Record<string, string> = {};
      const kept = new Set<string>();
      const changed: string[] = [];
      for (const entry of files) {
        const file = path.join(base, entry);
        const stamp = (stamps[entry] = fileStamp(file));
        const stored = store.get(idOf(entry));
        const same =
          stored?.digest !== undefined &&
          stored.filePath === path.relative(root, file).split(path.sep).join('/') &&
          (before[entry] === stamp || generateDigest(fs.readFileSync(file, 'utf8')) === stored.digest);
        if (same) kept.add(stored.id);
        else changed.push(entry);
      }
      for (const id of kept) {
        const entry = store.get(id)!;
        if (entry.deferredRender) store.addModuleImport(entry.filePath!);
        // The glob loader calls this store method too; Astro's public type does not list it.
        if (entry.assetImports?.length) (store as typeof store & AssetImports).addAssetImports(entry.assetImports, entry.filePath!);
      }
      if (changed.length > 0) {
        const visible = new Proxy(store, {
          get(target, name) {
            if (name === 'keys') return () => [...target.keys()].filter((id) => !kept.has(id));
            const value: unknown = Reflect.get(target, name, target);
            return typeof value === 'function' ? value.bind(target) : value;
          },
        });
        // Changed files by name; every file when a name reads as a glob pattern (the glob loader
        // still skips the unchanged ones, after reading them).
        // With symbolic links in the folder (which the content check refuses), always by name: the glob loader would follow them.
        const byName = (changed.length < files.length || links.length > 0) && !changed.some((file) => GLOB_SYNTAX.test(file));
        await glob(byName ? changed : ALL).load({ ...context, store: visible });
      } else {
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
      }
      if (kept.size > 0) logger.info(`${collection}: ${changed.length} of ${files.length} files changed since the last build`);
      fs.mkdirSync(path.dirname(stampsFile), { recursive: true });
      fs.writeFileSync(stampsFile, JSON.stringify(stamps));
    },
  };
}
