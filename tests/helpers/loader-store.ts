/** The part of Astro's scoped content store that loaders use, over a Map, for loader unit tests. */
import type { LoaderContext } from 'astro/loaders';

export type Entry = Parameters<LoaderContext['store']['set']>[0];

/** A store and what it holds; `assetImports` lists the images registered again, as `<file>:<image>`. */
export function memoryStore() {
  const entries = new Map<string, Entry>();
  const assetImports: string[] = [];
  const store = {
    get: (id: string) => entries.get(id),
    set: (entry: Entry) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    has: (id: string) => entries.has(id),
    keys: () => [...entries.keys()],
    values: () => [...entries.values()],
    addModuleImport: () => {},
    addAssetImports: (assets: string[], file: string) => assetImports.push(...assets.map((asset) => `${file}:${asset}`)),
  } as unknown as LoaderContext['store'];
  return { entries, store, assetImports };
}
