/**
 * Rendered Markdown bodies kept as files beside the content store, not in it.
 *
 * Astro's glob loader renders each Markdown file once and keeps the HTML in
 * the content store, which every build rewrites, bundles into its page code
 * and loads: most of a large store is body HTML that only the entry's own
 * page (and the feeds) ever show. `withBodyFiles`
 * wraps that glob loader, with each body written to
 * `<cache>/portal/bodies/<collection>/<digest>.html` instead (the digest is
 * the loader's hash of the source file). An unchanged file is neither
 * rendered nor written again. Bodies with photos stay in the store: Astro
 * turns their image references into optimised images when they are rendered.
 *
 * `renderEntry` in content.ts reads the file back when the page is built.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { portalCacheDir } from '../config/cache-dir.ts';

type Entry = Parameters<LoaderContext['store']['set']>[0];

const bodyDir = (collection: string) => path.join(portalCacheDir('bodies'), collection);

/** Where an entry's body lives, or undefined when the store keeps it (photos in the body, or nothing rendered). */
export function bodyFile(collection: string, entry: Pick<Entry, 'digest' | 'rendered'>): string | undefined {
  return entry.rendered || entry.digest === undefined ? undefined : path.join(bodyDir(collection), `${entry.digest}.html`);
}

/** The entry to store: without its rendered body when that body can live in a file (no photos to process). */
export function withoutBody(entry: Entry): { entry: Entry; html?: string } {
  const { rendered } = entry;
  if (!rendered || rendered.metadata?.imagePaths?.length || entry.digest === undefined) return { entry };
  return { entry: { ...entry, rendered: undefined }, html: rendered.html };
}

/** A loader (Astro's glob loader) whose rendered bodies are kept as files (see above). */
export function withBodyFiles(inner: Loader): Loader {
  return {
    name: 'portal-markdown',
    async load(context) {
      const { collection, store } = context;
      const dir = bodyDir(collection);
      fs.mkdirSync(dir, { recursive: true });
      const present = new Set(fs.readdirSync(dir).map((name) => path.join(dir, name)));
      // An entry whose body file is gone (a cache folder cleared by hand) is read and rendered again.
      for (const entry of store.values()) {
        const file = bodyFile(collection, entry);
        if (file && !present.has(file)) store.delete(entry.id);
      }
      // Written in the background while the loader renders the next files; all done before load() returns.
      const writes: Promise<void>[] = [];
      const set = (entry: Entry) => {
        const slim = withoutBody(entry);
        if (slim.html !== undefined) writes.push(fs.promises.writeFile(bodyFile(collection, slim.entry)!, slim.html));
        return store.set(slim.entry);
      };
      const slimStore = new Proxy(store, {
        get(target, name) {
          if (name === 'set') return set;
          const value: unknown = Reflect.get(target, name, target);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      try {
        await inner.load({ ...context, store: slimStore });
      } finally {
        await Promise.all(writes);
      }
      // Bodies of entries edited or removed since the last build (files written just now are all kept).
      const kept = new Set([...store.values()].map((entry) => bodyFile(collection, entry)));
      for (const file of present) {
        if (!kept.has(file)) fs.rmSync(file, { force: true });
      }
    },
  };
}
