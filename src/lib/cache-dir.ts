/**
 * Where builds keep what they can reuse: Astro's processed images and content
 * store, the photo check's results and the generated share cards.
 *
 * `PORTAL_CACHE_DIR` moves it (netlify.toml points it at a folder the Netlify
 * build plugin in netlify/plugins/portal-cache saves and restores); the
 * default is Astro's own, `node_modules/.astro`.
 */
import path from 'node:path';

export const DEFAULT_CACHE_DIR = 'node_modules/.astro';

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.PORTAL_CACHE_DIR || DEFAULT_CACHE_DIR);
}

/** A folder of the portal's own inside the cache directory (`photo-check`, `share-cards`). */
export function portalCacheDir(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.join(cacheDir(env), 'portal', name);
}
